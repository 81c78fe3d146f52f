using CoachRegister.Domain.Common;
using CoachRegister.Domain.People;

namespace CoachRegister.Domain.Agreements;

/// <summary>
/// Three-way contracting (000 s.7): the line manager is asked to confirm the public goals and say what support
/// they will give. They see the shared goals only, never the agreement or the private goals.
/// </summary>
public class ThreeWayConfirmation : Entity, IConcurrencyAware
{
    public Guid MatchId { get; set; }
    public Guid LineManagerId { get; set; }
    public DateTimeOffset InvitedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public string? SignedName { get; set; }
    public string? SupportOffered { get; set; }
    public Guid ConcurrencyStamp { get; set; }

    public static ThreeWayConfirmation Invite(Guid matchId, Guid lineManagerId, DateTimeOffset at) =>
        new() { MatchId = matchId, LineManagerId = lineManagerId, InvitedAt = at };

    public void Confirm(Person lineManager, string typedName, string support, DateTimeOffset at)
    {
        if (ConfirmedAt is not null)
        {
            throw new RuleBrokenException(Rule.AlreadyConfirmed);
        }

        if (lineManager.Id != LineManagerId)
        {
            throw new RuleBrokenException(Rule.NotTheNamedLineManager);
        }

        if (!Names.Match(typedName, lineManager.FullName))
        {
            throw new RuleBrokenException(Rule.SignatureNameMismatch);
        }

        SignedName = typedName.Trim();
        SupportOffered = support.Trim();
        ConfirmedAt = at;
    }
}
