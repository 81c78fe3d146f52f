namespace CoachRegister.Domain.Sessions;

/// <summary>The rules of a programme of sessions that depend on all its sessions together.</summary>
public static class Programme
{
    /// <summary>Sessions are numbered in the order they are arranged; a cancelled session keeps its number.</summary>
    public static int NextSessionNumber(IEnumerable<int> existing) => existing.DefaultIfEmpty(0).Max() + 1;

    /// <summary>How many of the latest sessions that were due (held or cancelled, not still planned) were cancelled in a row.</summary>
    public static int CancelledInARow(IEnumerable<(int Number, SessionStatus Status)> sessions)
    {
        var count = 0;
        foreach (var (_, status) in sessions.Where(s => s.Status != SessionStatus.Planned).OrderByDescending(s => s.Number))
        {
            if (status != SessionStatus.Cancelled)
            {
                break;
            }

            count++;
        }

        return count;
    }

    /// <summary>
    /// The day the review point comes: after <paramref name="afterSessions"/> held sessions or
    /// <paramref name="afterMonths"/> months from the start, whichever comes first (001: three sessions; 004:
    /// about three months). Null before the partnership has started and while neither has been reached or set.
    /// </summary>
    public static DateOnly? ReviewDueOn(DateOnly? startedOn, IEnumerable<DateOnly> heldOn, int afterSessions, int afterMonths)
    {
        DateOnly? bySessions = null;
        if (afterSessions > 0)
        {
            var held = heldOn.Order().Skip(afterSessions - 1).Take(1).ToList();
            bySessions = held.Count == 1 ? held[0] : null;
        }

        DateOnly? byMonths = startedOn is { } start && afterMonths > 0 ? start.AddMonths(afterMonths) : null;
        return (bySessions, byMonths) switch
        {
            ({ } a, { } b) => a < b ? a : b,
            ({ } a, null) => a,
            (null, { } b) => b,
            _ => null,
        };
    }
}
