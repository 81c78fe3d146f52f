using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching.Suggestions;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;

namespace CoachRegister.Domain.Matching;

/// <summary>
/// A staff member's request for a coach or for a mentor (000 s.4, 001 Appendix 2): written as a draft page by
/// page, supported by their line manager, matched by the scheme team, and closed when a match is made or the
/// request is withdrawn. Its life changes only through the methods below, which check the step and keep the
/// history; the answers of a draft are set section by section while it is editable.
/// </summary>
public class MatchRequest : Entity, IConcurrencyAware
{
    /// <summary>Up to three reasons, as on the coachee application form (001 Appendix 2).</summary>
    public const int MaxReasons = 3;

    public const int MaxPreferences = RequestToMatch.MaxPreferences;

    public Guid RequesterId { get; set; }
    public Person? Requester { get; set; }
    /// <summary>The requester's scheme when the request was started: its team matches it under its rules.</summary>
    public Guid SchemeId { get; set; }
    public Scheme? Scheme { get; set; }
    /// <summary>Coaching or mentoring: one of the two, never both.</summary>
    public OfferType Wanted { get; set; }
    public MatchRequestStatus Status { get; set; }
    public string? Reason1 { get; set; }
    public string? Reason2 { get; set; }
    public string? Reason3 { get; set; }
    /// <summary>Whether the need was identified through appraisal or supervision; null until answered.</summary>
    public bool? IdentifiedThroughAppraisal { get; set; }
    /// <summary>For mentoring only: what the mentee wants the mentor to fill (000 s.3).</summary>
    public MentoringGap MentoringGap { get; set; }
    /// <summary>The coaching areas the requester wants help with: matched against the areas coaches offer.</summary>
    public List<CoachingArea> AreasNeeded { get; set; } = [];
    public string? GoalsForSelf { get; set; }
    public string? GoalsForTeam { get; set; }
    public string? GoalsForOrganisation { get; set; }
    /// <summary>The parts the requester keeps from their line manager; the scheme team and the coach still read them.</summary>
    public RequestPart PrivateParts { get; set; }
    /// <summary>The formats the requester can take part in; at least one once the arrangements are answered.</summary>
    public DeliveryFormat Formats { get; set; }
    public string? PreferredTimes { get; set; }
    /// <summary>The first choice of coach or mentor (a coach profile id).</summary>
    public Guid? PreferredCoachId { get; set; }
    public CoachProfile? PreferredCoach { get; set; }
    public Guid? SecondPreferredCoachId { get; set; }
    public Guid? ThirdPreferredCoachId { get; set; }
    public Guid? LineManagerId { get; set; }
    public Person? LineManager { get; set; }
    public LineManagerSupport LineManagerSupport { get; set; }
    /// <summary>The protected time the line manager agrees to give, in hours a month.</summary>
    public decimal? ProtectedHoursPerMonth { get; set; }
    public string? LineManagerComment { get; set; }
    public DateTimeOffset? LineManagerRespondedAt { get; set; }
    public string? WaitlistReason { get; set; }
    public DateTimeOffset? WaitlistedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public List<Match> Matches { get; set; } = [];
    public List<MatchRequestStatusChange> History { get; set; } = [];
    public Guid ConcurrencyStamp { get; set; }

    /// <summary>A new draft for <paramref name="requesterId"/> in their scheme, naming their recorded line manager.</summary>
    public static MatchRequest Start(Guid requesterId, Guid schemeId, Guid? lineManagerId, DateTimeOffset at) => new()
    {
        RequesterId = requesterId,
        SchemeId = schemeId,
        Status = MatchRequestStatus.Draft,
        LineManagerId = lineManagerId,
        CreatedAt = at,
    };

    public bool IsEditable => Status == MatchRequestStatus.Draft;

    /// <summary>Still in the requester's hands or on its way: neither matched nor withdrawn.</summary>
    public bool IsOpen => MatchRequestRules.IsOpen(Status);

    /// <summary>The coach or mentor profiles named, first choice first.</summary>
    public IReadOnlyList<Guid> Preferences =>
        new[] { PreferredCoachId, SecondPreferredCoachId, ThirdPreferredCoachId }.OfType<Guid>().ToArray();

    /// <summary>The reasons given, in order, without the blank ones.</summary>
    public IReadOnlyList<string> Reasons => new[] { Reason1, Reason2, Reason3 }.OfType<string>().ToArray();

    /// <summary>The proposal or chemistry meeting in progress, if any (needs <see cref="Matches"/> loaded).</summary>
    public Match? OpenMatch => Matches.FirstOrDefault(m => Match.IsOpenProposal(m.Status));

    public void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new RuleBrokenException(Rule.RequestNotEditable);
        }
    }

    /// <summary>
    /// Coaching or mentoring. The named preferences that do not offer the new kind are dropped (their offers come
    /// from <paramref name="offersOf"/>), and the mentoring gap only belongs to a request for mentoring.
    /// </summary>
    public void ChooseKind(OfferType wanted, Func<Guid, OfferType> offersOf)
    {
        EnsureEditable();
        if (wanted is not (OfferType.Coaching or OfferType.Mentoring))
        {
            throw new ArgumentOutOfRangeException(nameof(wanted), wanted, "A request asks for coaching or for mentoring.");
        }

        Wanted = wanted;
        if (wanted != OfferType.Mentoring)
        {
            MentoringGap = MentoringGap.None;
        }

        SetPreferences(Preferences.Where(p => (offersOf(p) & wanted) != 0).ToList());
    }

    /// <summary>Up to three reasons (blank ones are closed up), and whether appraisal or supervision identified the need.</summary>
    public void SetReasons(IReadOnlyList<string?> reasons, bool identifiedThroughAppraisal, bool keepFromLineManager)
    {
        EnsureEditable();
        var given = reasons.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r!.Trim()).ToList();
        if (given.Count is 0 or > MaxReasons)
        {
            throw new ArgumentException($"A request gives one to {MaxReasons} reasons.", nameof(reasons));
        }

        Reason1 = given[0];
        Reason2 = given.ElementAtOrDefault(1);
        Reason3 = given.ElementAtOrDefault(2);
        IdentifiedThroughAppraisal = identifiedThroughAppraisal;
        PrivateParts = keepFromLineManager ? PrivateParts | RequestPart.Reasons : PrivateParts & ~RequestPart.Reasons;
    }

    public void SetMentoringGap(MentoringGap gap)
    {
        EnsureEditable();
        if (Wanted != OfferType.Mentoring || gap == MentoringGap.None)
        {
            throw new ArgumentException("Only a request for mentoring names the gap, and it names at least one.", nameof(gap));
        }

        MentoringGap = gap;
    }

    public void SetAreasNeeded(IReadOnlyCollection<CoachingArea> areas)
    {
        EnsureEditable();
        AreasNeeded.Clear();
        AreasNeeded.AddRange(areas.DistinctBy(a => a.Id));
    }

    /// <summary>Goals for the requester (required), their team and the organisation, and which of them the line manager may not see.</summary>
    public void SetGoals(string forSelf, string? forTeam, string? forOrganisation, RequestPart keepFromLineManager)
    {
        EnsureEditable();
        ArgumentException.ThrowIfNullOrWhiteSpace(forSelf);
        const RequestPart goals = RequestPart.GoalsForSelf | RequestPart.GoalsForTeam | RequestPart.GoalsForOrganisation;
        GoalsForSelf = forSelf.Trim();
        GoalsForTeam = string.IsNullOrWhiteSpace(forTeam) ? null : forTeam.Trim();
        GoalsForOrganisation = string.IsNullOrWhiteSpace(forOrganisation) ? null : forOrganisation.Trim();
        PrivateParts = (PrivateParts & ~goals) | (keepFromLineManager & goals);
    }

    public void SetArrangements(DeliveryFormat formats, string? preferredTimes)
    {
        EnsureEditable();
        if (formats == DeliveryFormat.None)
        {
            throw new ArgumentException("A request names at least one format.", nameof(formats));
        }

        Formats = formats;
        PreferredTimes = string.IsNullOrWhiteSpace(preferredTimes) ? null : preferredTimes.Trim();
    }

    /// <summary>Adds a coach or mentor as the next choice; false when they are already named.</summary>
    public bool AddPreference(Guid coachProfileId, OfferType theyOffer)
    {
        EnsureEditable();
        var preferences = Preferences.ToList();
        if (preferences.Contains(coachProfileId))
        {
            return false;
        }

        if (Wanted != OfferType.None && (theyOffer & Wanted) == 0)
        {
            throw new RuleBrokenException(Rule.PreferenceDoesNotOfferKind);
        }

        preferences.Add(coachProfileId);
        SetPreferences(preferences);
        return true;
    }

    public void RemovePreference(Guid coachProfileId)
    {
        EnsureEditable();
        SetPreferences(Preferences.Where(p => p != coachProfileId).ToList());
    }

    /// <summary>Makes the named choice one place earlier (the first choice stays first).</summary>
    public void MovePreferenceUp(Guid coachProfileId)
    {
        EnsureEditable();
        var preferences = Preferences.ToList();
        var index = preferences.IndexOf(coachProfileId);
        if (index > 0)
        {
            (preferences[index - 1], preferences[index]) = (preferences[index], preferences[index - 1]);
            SetPreferences(preferences);
        }
    }

    /// <summary>Sends a complete draft to the requester's line manager, as their record names them now.</summary>
    public void Submit(Guid? recordedLineManagerId, DateTimeOffset at)
    {
        EnsureEditable();
        if (MatchRequestRules.MissingSections(this).Count > 0)
        {
            throw new RuleBrokenException(Rule.RequestIncomplete);
        }

        if (recordedLineManagerId is not { } manager || manager == RequesterId)
        {
            throw new RuleBrokenException(Rule.RequestNeedsLineManager);
        }

        LineManagerId = manager;
        LineManagerSupport = LineManagerSupport.Pending;
        LineManagerComment = null;
        ProtectedHoursPerMonth = null;
        LineManagerRespondedAt = null;
        SubmittedAt = at;
        ChangeStatus(MatchRequestStatus.AwaitingLineManager, RequesterId, at);
    }

    /// <summary>
    /// The line manager's answer. Support, with the protected time agreed, sends the request to the scheme team;
    /// not supporting it returns it to the requester as a draft with the comment, since the usual next step is a
    /// conversation and a changed request.
    /// </summary>
    public void RespondAsLineManager(Guid byPersonId, bool supports, decimal? protectedHoursPerMonth, string? comment, DateTimeOffset at)
    {
        if (Status != MatchRequestStatus.AwaitingLineManager)
        {
            throw new RuleBrokenException(Rule.RequestNotAwaitingLineManager);
        }

        if (byPersonId != LineManagerId)
        {
            throw new RuleBrokenException(Rule.NotTheRequestsLineManager);
        }

        if (supports && protectedHoursPerMonth is not > 0)
        {
            throw new ArgumentOutOfRangeException(nameof(protectedHoursPerMonth), protectedHoursPerMonth, "Support comes with the protected time agreed.");
        }

        LineManagerSupport = supports ? LineManagerSupport.Supported : LineManagerSupport.NotSupported;
        ProtectedHoursPerMonth = supports ? protectedHoursPerMonth : null;
        LineManagerComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        LineManagerRespondedAt = at;
        ChangeStatus(supports ? MatchRequestStatus.AwaitingMatch : MatchRequestStatus.Draft, byPersonId, at, LineManagerComment);
    }

    /// <summary>
    /// The scheme team proposes <paramref name="coach"/>: only an eligible coach, checked here with the same rules
    /// that made the suggestions (<paramref name="facts"/> describe this request and its requester now). The new
    /// match waits for the coach's answer until the scheme's deadline.
    /// </summary>
    public Match Propose(RequestToMatch facts, CoachCandidate coach, MatchingSettings settings, Guid byPersonId, DateTimeOffset at)
    {
        EnsureMatchable(byPersonId);
        if (facts.RequestId != Id || facts.RequesterId != RequesterId)
        {
            throw new ArgumentException("The facts describe another request.", nameof(facts));
        }

        if (MatchEligibility.Check(facts, coach, settings.Rules) != Ineligibility.None)
        {
            throw new RuleBrokenException(Rule.CoachNotEligible);
        }

        var match = new Match
        {
            MatchRequestId = Id,
            MatchRequest = this,
            CoachProfileId = coach.ProfileId,
            CoacheeId = RequesterId,
            Kind = Wanted,
            Status = MatchStatus.Proposed,
            CreatedAt = at,
            ProposedById = byPersonId,
            RespondBy = at.AddDays(settings.AnswerWithinDays),
            FirstReminderDue = at.AddDays(settings.FirstReminderDay),
            SecondReminderDue = at.AddDays(settings.SecondReminderDay),
        };
        Matches.Add(match);
        WaitlistReason = null;
        WaitlistedAt = null;
        ChangeStatus(MatchRequestStatus.Proposed, byPersonId, at);
        return match;
    }

    /// <summary>No eligible coach now, or none suitable: the request waits, with the reason the requester is told.</summary>
    public void Waitlist(Guid byPersonId, string reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        EnsureMatchable(byPersonId);
        WaitlistReason = reason.Trim();
        WaitlistedAt = at;
        ChangeStatus(MatchRequestStatus.Waitlisted, byPersonId, at, WaitlistReason);
    }

    /// <summary>
    /// The requester takes the request back at any stage before a match is made. A proposal or chemistry meeting
    /// in progress ends with it; that match is returned so its coach can be told.
    /// </summary>
    public Match? Withdraw(Guid byPersonId, DateTimeOffset at)
    {
        if (byPersonId != RequesterId)
        {
            throw new RuleBrokenException(Rule.NotTheRequester);
        }

        if (!IsOpen)
        {
            throw new RuleBrokenException(Rule.RequestClosed);
        }

        var open = OpenMatch;
        open?.EndBecauseWithdrawn(byPersonId, at);
        ChangeStatus(MatchRequestStatus.Withdrawn, byPersonId, at);
        return open;
    }

    /// <summary>The proposal was declined or lapsed, or the chemistry meeting did not lead to a match: back to the scheme team.</summary>
    internal void ReturnToScheme(Guid? byPersonId, DateTimeOffset at, string? note)
    {
        if (Status == MatchRequestStatus.Proposed)
        {
            ChangeStatus(MatchRequestStatus.AwaitingMatch, byPersonId, at, note);
        }
    }

    /// <summary>Both sides said yes after the chemistry meeting.</summary>
    internal void Matched(Guid byPersonId, DateTimeOffset at)
    {
        if (Status == MatchRequestStatus.Proposed)
        {
            ChangeStatus(MatchRequestStatus.Matched, byPersonId, at);
        }
    }

    /// <summary>Where the request stands for the access policy.</summary>
    public RecordState AccessState => StateOf(Status, LineManagerSupport);

    public static RecordState StateOf(MatchRequestStatus status, LineManagerSupport support) => status switch
    {
        MatchRequestStatus.Draft when support == LineManagerSupport.NotSupported => RecordState.Returned,
        MatchRequestStatus.Draft => RecordState.Draft,
        MatchRequestStatus.AwaitingLineManager => RecordState.AwaitingLineManager,
        MatchRequestStatus.AwaitingMatch or MatchRequestStatus.Waitlisted or MatchRequestStatus.Proposed => RecordState.AwaitingScheme,
        MatchRequestStatus.Withdrawn when support != LineManagerSupport.Supported => RecordState.Withdrawn,
        _ => RecordState.Closed,
    };

    /// <summary>
    /// The whole request: the requester's, their scheme team's once supported, and the coach's of the proposal
    /// or chemistry meeting in progress (<paramref name="openMatchCoachPersonId"/>), never a coach proposed before.
    /// The line manager reads only the parts in <see cref="SupportRequestParties"/>.
    /// </summary>
    public RecordParties AccessParties(Guid? openMatchCoachPersonId = null) =>
        Parties(SchemeId, AccessState, RequesterId, openMatchCoachPersonId);

    /// <summary>The line manager's side: the parts the requester did not keep private, and their answer.</summary>
    public RecordParties SupportRequestParties() =>
        new(RecordKind.SupportRequest, SchemeId, AccessState, ApplicantPersonId: RequesterId, LineManagerPersonId: LineManagerId);

    /// <summary>The parties from columns a query projected.</summary>
    public static RecordParties Parties(Guid schemeId, RecordState state, Guid requesterId, Guid? openMatchCoachPersonId = null) =>
        new(RecordKind.MatchRequest, schemeId, state, CoachPersonId: openMatchCoachPersonId, ApplicantPersonId: requesterId);

    private void EnsureMatchable(Guid byPersonId)
    {
        if (byPersonId == RequesterId)
        {
            throw new RuleBrokenException(Rule.OwnRequest);
        }

        if (Status is not (MatchRequestStatus.AwaitingMatch or MatchRequestStatus.Waitlisted))
        {
            throw new RuleBrokenException(Rule.RequestNotAwaitingMatch);
        }
    }

    private void SetPreferences(List<Guid> preferences)
    {
        if (preferences.Count > MaxPreferences || preferences.Distinct().Count() != preferences.Count)
        {
            throw new RuleBrokenException(Rule.TooManyPreferences);
        }

        PreferredCoachId = preferences.Count > 0 ? preferences[0] : null;
        SecondPreferredCoachId = preferences.Count > 1 ? preferences[1] : null;
        ThirdPreferredCoachId = preferences.Count > 2 ? preferences[2] : null;
    }

    private void ChangeStatus(MatchRequestStatus to, Guid? byPersonId, DateTimeOffset at, string? note = null)
    {
        History.Add(new MatchRequestStatusChange
        {
            MatchRequestId = Id,
            From = Status,
            To = to,
            ChangedAt = at,
            ChangedById = byPersonId,
            Note = note,
        });
        Status = to;
    }
}

public enum MatchRequestStatus
{
    Draft = 0,
    AwaitingLineManager = 1,
    /// <summary>Supported by the line manager, in the scheme team's queue.</summary>
    AwaitingMatch = 2,
    /// <summary>Both sides said yes after the chemistry meeting: closed, the match carries on.</summary>
    Matched = 3,
    Withdrawn = 4,
    /// <summary>Put aside by the scheme team with a reason, until an eligible coach has a place.</summary>
    Waitlisted = 6,
    /// <summary>A coach has been proposed: waiting for their answer or for the chemistry meeting.</summary>
    Proposed = 7,
}

/// <summary>What a mentee wants a mentor to fill.</summary>
[Flags]
public enum MentoringGap
{
    None = 0,
    Contacts = 1,
    Understanding = 2,
    HowToDoSomething = 4,
    Leadership = 8,
}

/// <summary>The parts of a request the requester may keep from their line manager.</summary>
[Flags]
public enum RequestPart
{
    None = 0,
    Reasons = 1,
    GoalsForSelf = 2,
    GoalsForTeam = 4,
    GoalsForOrganisation = 8,
}

/// <summary>One step in a request's life, shown to the requester as where it stands and kept for the audit trail.</summary>
public class MatchRequestStatusChange : Entity
{
    public Guid MatchRequestId { get; set; }
    public MatchRequestStatus From { get; set; }
    public MatchRequestStatus To { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public Guid? ChangedById { get; set; }
    public string? Note { get; set; }
}
