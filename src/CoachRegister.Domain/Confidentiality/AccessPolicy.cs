namespace CoachRegister.Domain.Confidentiality;

/// <summary>
/// The one access decision of the portal: the matrix (<see cref="AccessMatrix"/>) for the asker's
/// relationships to the record, limited by where the record stands (<see cref="RecordStates"/>), with the
/// scheme as the boundary. An HR admin is HR only for the schemes they administer; a member of staff is
/// "other staff" only for records of a scheme whose register they may browse; a system admin is neither
/// unless they are also one of those.
/// </summary>
public static class AccessPolicy
{
    public static IReadOnlyList<Relationship> RelationshipsOf(Asker asker, RecordParties record)
    {
        var result = new List<Relationship>(3);
        var me = asker.PersonId;
        if (me == record.CoachPersonId)
        {
            result.Add(Relationship.Coach);
        }

        if (me == record.CoacheePersonId)
        {
            result.Add(Relationship.Coachee);
        }

        if (me == record.ApplicantPersonId)
        {
            result.Add(Relationship.Applicant);
        }

        if (me == record.LineManagerPersonId)
        {
            result.Add(Relationship.LineManager);
        }

        if (me == record.SupervisorPersonId)
        {
            result.Add(Relationship.Supervisor);
        }

        // A record of no scheme (the list of coaching areas) belongs to every scheme's team.
        if (record.SchemeId is { } scheme ? asker.Administers(scheme) : asker.AdministersAnyScheme)
        {
            result.Add(Relationship.HrAdmin);
        }

        if (asker.IsSystemAdmin)
        {
            result.Add(Relationship.SystemAdmin);
        }

        if (asker.IsStaff && (record.SchemeId is not { } owner || asker.MayBrowseRegisterOf(owner)))
        {
            result.Add(Relationship.OtherStaff);
        }

        return result;
    }

    /// <summary>The most the asker may do with the record: the best that any of their relationships grants.</summary>
    public static Access AccessOf(Asker asker, RecordParties record)
    {
        var best = Access.None;
        foreach (var relationship in RelationshipsOf(asker, record))
        {
            var granted = AccessMatrix.For(record.Kind, relationship);
            var limit = RecordStates.Limit(record.Kind, record.State, relationship);
            var access = granted < limit ? granted : limit;
            if (access > best)
            {
                best = access;
            }
        }

        return best;
    }

    public static bool Allows(Asker asker, RecordParties record, Access needed) => AccessOf(asker, record) >= needed;
}

/// <summary>
/// How a record's state narrows the matrix: a draft is its author's alone, the line manager answers only
/// while an application waits for them, the scheme team sees a request only once the line manager supports
/// it, a proposal is the coach's to answer, nobody changes a closed record (the records of an ended partnership
/// too, except the feedback and evaluation given at its end), and staff never see a profile that is not published.
/// </summary>
public static class RecordStates
{
    private const Access N = Access.None;
    private const Access R = Access.Read;
    private const Access W = Access.Write;

    // Columns as AccessMatrix.Columns: Coach Coachee Applicant LineManager Supervisor HrAdmin SystemAdmin OtherStaff.
    private static readonly Dictionary<(RecordKind, RecordState), Access[]> Limits = new()
    {
        [(RecordKind.Profile, RecordState.Draft)] =                           [W, N, N, N, N, W, N, N],
        [(RecordKind.Profile, RecordState.Paused)] =                          [W, N, N, N, N, W, N, N],
        [(RecordKind.Profile, RecordState.Withdrawn)] =                       [W, N, N, N, N, W, N, N],
        [(RecordKind.CoachApplication, RecordState.Draft)] =                  [N, N, W, N, N, N, N, N],
        [(RecordKind.CoachApplication, RecordState.Returned)] =               [N, N, W, R, N, N, N, N],
        [(RecordKind.CoachApplication, RecordState.AwaitingLineManager)] =    [N, N, W, R, N, W, N, N],
        [(RecordKind.CoachApplication, RecordState.AwaitingScheme)] =         [N, N, W, R, N, W, N, N],
        [(RecordKind.CoachApplication, RecordState.Closed)] =                 [R, R, R, R, R, R, R, R],
        [(RecordKind.SupportRequest, RecordState.Draft)] =                    [N, N, N, N, N, N, N, N],
        [(RecordKind.SupportRequest, RecordState.Returned)] =                 [R, R, R, R, R, R, R, R],
        [(RecordKind.SupportRequest, RecordState.AwaitingScheme)] =           [R, R, R, R, R, R, R, R],
        [(RecordKind.SupportRequest, RecordState.Closed)] =                   [R, R, R, R, R, R, R, R],
        [(RecordKind.SupportRequest, RecordState.Withdrawn)] =                [R, R, R, R, R, R, R, R],
        [(RecordKind.MatchRequest, RecordState.Draft)] =                      [N, N, W, N, N, N, N, N],
        [(RecordKind.MatchRequest, RecordState.Returned)] =                   [N, N, W, N, N, N, N, N],
        [(RecordKind.MatchRequest, RecordState.AwaitingLineManager)] =        [N, N, W, N, N, N, N, N],
        [(RecordKind.MatchRequest, RecordState.Withdrawn)] =                  [N, N, R, N, N, N, N, N],
        [(RecordKind.MatchRequest, RecordState.Closed)] =                     [R, R, R, R, R, R, R, R],
        [(RecordKind.MatchStatus, RecordState.Proposed)] =                    [W, R, N, N, N, W, N, N],
        [(RecordKind.MatchStatus, RecordState.Closed)] =                      [R, R, R, R, R, R, R, R],
        [(RecordKind.Agreement, RecordState.Closed)] =                        [R, R, R, R, R, R, R, R],
        [(RecordKind.SharedGoal, RecordState.Closed)] =                       [R, R, R, R, R, R, R, R],
        [(RecordKind.PrivateGoal, RecordState.Closed)] =                      [R, R, R, R, R, R, R, R],
        [(RecordKind.SessionContent, RecordState.Closed)] =                   [R, R, R, R, R, R, R, R],
        [(RecordKind.SessionSchedule, RecordState.Closed)] =                  [R, R, R, R, R, R, R, R],
        [(RecordKind.MeetingPreparation, RecordState.Closed)] =               [R, R, R, R, R, R, R, R],
        [(RecordKind.CoachReflection, RecordState.Closed)] =                  [R, R, R, R, R, R, R, R],
        [(RecordKind.DevelopmentPlan, RecordState.Closed)] =                  [R, R, R, R, R, R, R, R],
        [(RecordKind.PartnershipReview, RecordState.Closed)] =                [R, R, R, R, R, R, R, R],
        [(RecordKind.ThreeWayConfirmation, RecordState.Closed)] =             [R, R, R, R, R, R, R, R],
    };

    /// <summary>The most a relationship may do with a record of this kind in this state (Write when the state narrows nothing).</summary>
    public static Access Limit(RecordKind kind, RecordState state, Relationship relationship) =>
        Limits.TryGetValue((kind, state), out var row) ? row[Array.IndexOf(AccessMatrix.Columns, relationship)] : Access.Write;

    /// <summary>The states that narrow access for <paramref name="kind"/>, for the documentation test.</summary>
    public static IEnumerable<RecordState> NarrowingStates(RecordKind kind) =>
        Limits.Keys.Where(k => k.Item1 == kind).Select(k => k.Item2);
}
