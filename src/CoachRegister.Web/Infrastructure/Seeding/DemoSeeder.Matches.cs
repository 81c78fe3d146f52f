using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Development;
using CoachRegister.Domain.Feedback;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Sessions;

namespace CoachRegister.Web.Infrastructure.Seeding;

public sealed partial class DemoSeeder
{
    private static readonly string[] Reasons =
    [
        "I have moved into my first management role and want to grow in confidence.",
        "I want to prepare for a promotion in the next year.",
        "My service is being restructured and I want to lead my team through it well.",
        "I find it hard to say no and my workload has become unmanageable.",
        "I would like to understand how other services work and build my network.",
        "I want to improve how I handle difficult conversations with senior colleagues.",
        "I have returned from a career break and want to rebuild my confidence.",
    ];

    private static readonly string[] GoalTexts =
    [
        "Delegate more of the routine work to my team",
        "Lead team meetings with confidence",
        "Prepare for the interview for a senior post",
        "Have the difficult conversation about performance I have been putting off",
        "Build working relationships with the health board partners",
        "Protect two hours a week for planning",
        "Present the service plan to the leadership team",
        "Feel less anxious about managing upwards",
        "Get better at giving feedback that lands",
        "Balance caseload work and management duties",
    ];

    private static readonly string[] KeyPoints =
    [
        "Explored what a good week looks like and where the time goes.",
        "Looked at the team's strengths and which tasks could move.",
        "Talked through a recent meeting that went badly and what was in my control.",
        "Mapped the stakeholders for the new project and who to approach first.",
        "Practised opening lines for the conversation with my manager.",
        "Reviewed progress on the goals and re-scored them.",
    ];

    private static readonly string[] Actions =
    [
        "Book a one-to-one with each team member before next session.",
        "Draft the agenda and share it two days ahead.",
        "Write down three things that went well each Friday.",
        "Ask my manager for feedback on the presentation.",
        "Block out Tuesday mornings for planning.",
    ];

    private static readonly string[] EndReasons =
    [
        "Programme of sessions completed and goals met.",
        "Goals achieved earlier than planned.",
        "Coachee moved to a new role in another organisation.",
    ];

    private static readonly int[] SessionLengths = [60, 90, 120];

    private readonly HashSet<Guid> _busy = [];
    private readonly Dictionary<Guid, int> _placesUsed = [];
    private readonly List<SessionRecord> _heldSessions = [];

    private void AddMatchesAndRequests()
    {
        var demoIds = _demo.Values.Select(p => p.Id).ToHashSet();
        MatchStatus[] openFirst = [MatchStatus.Proposed, MatchStatus.ChemistryMeeting, MatchStatus.Contracting, MatchStatus.OnHold];

        foreach (var plan in _organisations)
        {
            var hr = HrOf(plan);
            var profiles = _profiles.Where(p => p.SchemeId == plan.Scheme!.Id).ToList();
            if (plan.SchemeCode == DemoCatalogue.CouncilScheme)
            {
                // The stories the demo sign-ins open on.
                var coach = profiles.Single(p => p.PersonId == _demo["coach"].Id);
                var mentor = profiles.Single(p => p.PersonId == _demo["mentor"].Id);
                AddMatch(plan, coach, _demo["staff"], MatchStatus.Active, hr, storyline: true);
                AddMatch(plan, coach, PickCoachee(plan, coach, demoIds)!, MatchStatus.Proposed, hr);
                AddMatch(plan, mentor, PickCoachee(plan, mentor, demoIds)!, MatchStatus.Active, hr);
                AddMatch(plan, mentor, PickCoachee(plan, mentor, demoIds)!, MatchStatus.ChemistryMeeting, hr);
            }

            var forced = 0;
            foreach (var profile in profiles.Where(p => p.Status != ProfileStatus.Draft))
            {
                if (profile.Status == ProfileStatus.Published)
                {
                    var open = profile.AcceptingNewCoachees ? Random.Int(0, Math.Min(3, profile.Capacity)) : Math.Min(profile.Capacity, 4);
                    for (var k = _placesUsed.GetValueOrDefault(profile.Id); k < open; k++)
                    {
                        var status = forced < openFirst.Length
                            ? openFirst[forced++]
                            : Random.WeightedRandom(
                                [MatchStatus.Active, MatchStatus.Contracting, MatchStatus.ChemistryMeeting, MatchStatus.Proposed, MatchStatus.OnHold],
                                [0.7f, 0.1f, 0.08f, 0.06f, 0.06f]);
                        if (PickCoachee(plan, profile, demoIds) is not { } coachee)
                        {
                            break;
                        }

                        AddMatch(plan, profile, coachee, status, hr);
                    }
                }

                var closed = Random.Int(profile.Status == ProfileStatus.Paused ? 1 : 0, 2);
                for (var k = 0; k < closed; k++)
                {
                    var status = (forced++ % 7) switch
                    {
                        0 => MatchStatus.Declined,
                        3 => MatchStatus.Expired,
                        5 => MatchStatus.Withdrawn,
                        _ => MatchStatus.Ended,
                    };
                    if (PickCoachee(plan, profile, demoIds) is { } coachee)
                    {
                        AddMatch(plan, profile, coachee, status, hr);
                    }
                }
            }

            AddOpenRequests(plan, demoIds);
        }
    }

    private Person HrOf(OrganisationPlan plan) =>
        _demo[plan.SchemeCode switch { DemoCatalogue.AcademyScheme => "hr.academy", DemoCatalogue.HubScheme => "hr.hub", _ => "hr" }];

    /// <summary>Someone the practitioner may take on: not themselves, their manager or report, nor from their own service area.</summary>
    private Person? PickCoachee(OrganisationPlan plan, CoachProfile profile, HashSet<Guid> demoIds)
    {
        var coach = _peopleById[profile.PersonId];
        var candidates = plan.People
            .Where(p => p.Id != coach.Id
                && p.LineManagerId is not null
                && p.ServiceAreaId != coach.ServiceAreaId
                && p.Id != coach.LineManagerId
                && p.LineManagerId != coach.Id
                && !_busy.Contains(p.Id)
                && !demoIds.Contains(p.Id))
            .ToList();
        return candidates.Count == 0 ? null : Random.ListItem(candidates);
    }

    private void AddMatch(OrganisationPlan plan, CoachProfile profile, Person coachee, MatchStatus status, Person hr, bool storyline = false)
    {
        var scheme = plan.Scheme!;
        var coach = _peopleById[profile.PersonId];
        var kind = profile.Offers == OfferType.Both ? Random.ArrayElement([OfferType.Coaching, OfferType.Mentoring]) : profile.Offers;
        var daysAgo = status switch
        {
            MatchStatus.Proposed => Random.Int(1, 8),
            MatchStatus.ChemistryMeeting => Random.Int(3, 12),
            MatchStatus.Contracting => Random.Int(12, 40),
            MatchStatus.Declined => Random.Int(30, 150),
            MatchStatus.Expired => Random.Int(20, 90),
            MatchStatus.Withdrawn => Random.Int(15, 80),
            MatchStatus.Active => storyline ? 130 : Random.Int(40, 240),
            MatchStatus.OnHold => Random.Int(130, 240),
            _ => Random.Int(230, 420),
        };
        var created = _now.AddDays(-daysAgo);

        var requestStatus = status switch
        {
            _ when Match.IsOpenProposal(status) => MatchRequestStatus.Proposed,
            MatchStatus.Declined or MatchStatus.Expired => MatchRequestStatus.AwaitingMatch,
            MatchStatus.Withdrawn => MatchRequestStatus.Withdrawn,
            _ => MatchRequestStatus.Matched,
        };
        var request = NewRequest(plan, coachee, kind, requestStatus, created.AddDays(-12), proposedAt: created, proposedBy: hr);
        if (Random.Bool(0.6f))
        {
            request.PreferredCoachId = profile.Id;
        }

        db.MatchRequests.Add(request);
        if (MatchRequestRules.IsOpen(requestStatus))
        {
            // One open request a person: whoever waits for another match asks for nothing else meanwhile.
            _busy.Add(coachee.Id);
        }

        var settings = scheme.Matching;
        var match = new Match
        {
            MatchRequestId = request.Id,
            CoachProfileId = profile.Id,
            CoacheeId = coachee.Id,
            Kind = kind,
            Status = MatchStatus.Proposed,
            CreatedAt = created,
            ProposedById = hr.Id,
            RespondBy = created.AddDays(settings.AnswerWithinDays),
            FirstReminderDue = created.AddDays(settings.FirstReminderDay),
            SecondReminderDue = created.AddDays(settings.SecondReminderDay),
        };
        if (status == MatchStatus.Proposed && daysAgo >= settings.FirstReminderDay)
        {
            match.ReminderSent(1, match.FirstReminderDue!.Value);
        }

        DateTimeOffset? activeAt = null;
        DateTimeOffset? stoppedAt = null;
        foreach (var step in PathTo(status))
        {
            var at = step switch
            {
                MatchStatus.ChemistryMeeting => created.AddDays(2),
                MatchStatus.Expired => match.RespondBy!.Value,
                MatchStatus.Withdrawn => created.AddDays(5),
                MatchStatus.Contracting => created.AddDays(9),
                MatchStatus.Declined => created.AddDays(10),
                MatchStatus.Active => created.AddDays(21),
                MatchStatus.OnHold => _now.AddDays(-Random.Int(10, 30)),
                _ => created.AddDays(21 + Random.Int(120, 180)),
            };
            var (by, reason) = step switch
            {
                MatchStatus.ChemistryMeeting => ((Guid?)coach.Id, (string?)null),
                MatchStatus.Declined => (coachee.Id, null),
                MatchStatus.Expired => (null, null),
                MatchStatus.Withdrawn => (coachee.Id, null),
                MatchStatus.OnHold => (coachee.Id, "Coachee on extended leave; to resume on return."),
                MatchStatus.Ended => (coach.Id, Random.ArrayElement(EndReasons)),
                _ => (coach.Id, null),
            };
            if (step == MatchStatus.Ended)
            {
                // The reason is kept with the ending, for the two of them; the history says only that it ended.
                var category = reason == EndReasons[0] ? EndingCategory.ProgrammeCompleted : reason == EndReasons[1] ? EndingCategory.GoalsAchieved : EndingCategory.CircumstancesChanged;
                db.PartnershipEndings.Add(PartnershipEnding.End(match, coach.Id, PartnershipSide.Coach, category, reason, at));
            }
            else
            {
                match.ChangeStatus(step, by, at, reason);
            }
            if (step == MatchStatus.Active)
            {
                activeAt = at;
            }
            else if (step is MatchStatus.OnHold or MatchStatus.Ended)
            {
                stoppedAt = at;
            }
        }

        match.ChemistryMeetingOn = status switch
        {
            MatchStatus.Proposed or MatchStatus.Expired or MatchStatus.Withdrawn => null,
            MatchStatus.ChemistryMeeting => _today.AddDays(Random.Int(1, 14)),
            _ => DateOnly.FromDateTime(created.AddDays(7).UtcDateTime),
        };
        if (match.ChemistryMeetingOn is not null)
        {
            match.ChemistryMeetingFormat = Enum.GetValues<DeliveryFormat>().First(f => f != DeliveryFormat.None && profile.Formats.HasFlag(f));
            match.ChemistryArrangedById = coach.Id;
        }

        if (status == MatchStatus.Declined)
        {
            // After the chemistry meeting the coachee said no; the coach had said yes.
            match.CoachWantsToGoOn = true;
            match.CoacheeWantsToGoOn = false;
        }
        else if (!Match.IsOpenProposal(status) && status is not (MatchStatus.Expired or MatchStatus.Withdrawn))
        {
            match.CoachWantsToGoOn = true;
            match.CoacheeWantsToGoOn = true;
        }
        db.Matches.Add(match);
        _matchCoach[match.Id] = profile.Id;

        if (Match.HoldsPlace.Contains(status))
        {
            _busy.Add(coachee.Id);
            _placesUsed[profile.Id] = _placesUsed.GetValueOrDefault(profile.Id) + 1;
        }

        if (Match.IsOpenProposal(status) || status is MatchStatus.Declined or MatchStatus.Expired or MatchStatus.Withdrawn)
        {
            return;
        }

        var goals = AddGoals(match, created.AddDays(9));
        AddAgreements(scheme, profile, match, coach, coachee, status, created.AddDays(9), storyline);
        if (activeAt is { } started)
        {
            var stopped = stoppedAt ?? _now;
            AddSessions(scheme, match, goals, started, stopped, status, storyline);
            if (kind == OfferType.Mentoring)
            {
                AddDevelopmentPlan(match, started);
            }

            if (status == MatchStatus.Ended)
            {
                AddFinalEvaluation(match, stopped);
            }
        }
    }

    private static MatchStatus[] PathTo(MatchStatus status) => status switch
    {
        MatchStatus.Proposed => [],
        MatchStatus.Expired => [MatchStatus.Expired],
        MatchStatus.Withdrawn => [MatchStatus.Withdrawn],
        MatchStatus.ChemistryMeeting => [MatchStatus.ChemistryMeeting],
        MatchStatus.Declined => [MatchStatus.ChemistryMeeting, MatchStatus.Declined],
        MatchStatus.Contracting => [MatchStatus.ChemistryMeeting, MatchStatus.Contracting],
        MatchStatus.Active => [MatchStatus.ChemistryMeeting, MatchStatus.Contracting, MatchStatus.Active],
        MatchStatus.OnHold => [MatchStatus.ChemistryMeeting, MatchStatus.Contracting, MatchStatus.Active, MatchStatus.OnHold],
        _ => [MatchStatus.ChemistryMeeting, MatchStatus.Contracting, MatchStatus.Active, MatchStatus.Ended],
    };

    private static readonly string[] PreferredTimes =
    [
        "Tuesday or Thursday mornings",
        "Any afternoon except Fridays",
        "Early mornings before clinics",
        "Wednesday afternoons, not in school holidays",
    ];

    private static readonly string[] WaitlistReasons =
    [
        "No mentor with finance experience has a place until the spring.",
        "Every coach outside the requester's service area is full this quarter.",
    ];

    /// <summary>
    /// A request at <paramref name="status"/> with the history that leads there: sent, answered by the line
    /// manager (not supporting it returns it as a draft), and for the later steps proposed by the scheme team.
    /// </summary>
    private MatchRequest NewRequest(OrganisationPlan plan, Person requester, OfferType kind, MatchRequestStatus status, DateTimeOffset created,
        DateTimeOffset? proposedAt = null, Person? proposedBy = null, bool returned = false)
    {
        var hr = proposedBy ?? HrOf(plan);
        var submitted = status == MatchRequestStatus.Draft && !returned ? (DateTimeOffset?)null : created.AddDays(2);
        var responded = returned || status is not (MatchRequestStatus.Draft or MatchRequestStatus.AwaitingLineManager);
        var withdrawnEarly = status == MatchRequestStatus.Withdrawn && proposedAt is null;
        var supported = responded && !returned && !withdrawnEarly;
        var reasons = Random.ArrayElements(Reasons, 3);
        var request = new MatchRequest
        {
            RequesterId = requester.Id,
            SchemeId = plan.Scheme!.Id,
            Wanted = kind,
            Status = status,
            Reason1 = reasons[0],
            Reason2 = Random.Bool() ? reasons[1] : null,
            Reason3 = Random.Bool(0.3f) ? reasons[2] : null,
            IdentifiedThroughAppraisal = Random.Bool(0.6f),
            MentoringGap = kind == OfferType.Mentoring ? Random.ArrayElement([MentoringGap.Contacts, MentoringGap.Understanding | MentoringGap.Leadership, MentoringGap.HowToDoSomething, MentoringGap.Leadership]) : MentoringGap.None,
            AreasNeeded = Random.ListItems(_areas, Random.Int(1, 3)).ToList(),
            GoalsForSelf = "Grow in confidence and find a sustainable way of working.",
            GoalsForTeam = "A clearer lead and better delegation.",
            GoalsForOrganisation = "Keep experienced staff and develop future managers.",
            PrivateParts = Random.Bool(0.3f) ? RequestPart.Reasons | RequestPart.GoalsForSelf : RequestPart.None,
            Formats = Random.ArrayElement([DeliveryFormat.Video, DeliveryFormat.FaceToFace | DeliveryFormat.Video, DeliveryFormat.FaceToFace | DeliveryFormat.Telephone | DeliveryFormat.Video]),
            PreferredTimes = Random.Bool(0.7f) ? Random.ArrayElement(PreferredTimes) : null,
            LineManagerId = requester.LineManagerId,
            LineManagerSupport = returned ? LineManagerSupport.NotSupported : supported ? LineManagerSupport.Supported : LineManagerSupport.Pending,
            ProtectedHoursPerMonth = supported ? Random.ArrayElement([2m, 3m, 4m]) : null,
            LineManagerComment = returned
                ? "Not the right time while the team is mid-restructure; let's talk about it again at your appraisal."
                : supported ? "Fully supported. Time for sessions agreed." : null,
            LineManagerRespondedAt = responded ? submitted!.Value.AddDays(3) : null,
            CreatedAt = created,
            SubmittedAt = submitted,
        };

        void Step(MatchRequestStatus from, MatchRequestStatus to, DateTimeOffset at, Guid? by, string? note = null) =>
            request.History.Add(new MatchRequestStatusChange { MatchRequestId = request.Id, From = from, To = to, ChangedAt = at, ChangedById = by, Note = note });

        if (submitted is { } sent)
        {
            Step(MatchRequestStatus.Draft, MatchRequestStatus.AwaitingLineManager, sent, requester.Id);
        }

        if (returned)
        {
            Step(MatchRequestStatus.AwaitingLineManager, MatchRequestStatus.Draft, request.LineManagerRespondedAt!.Value, requester.LineManagerId, request.LineManagerComment);
        }
        else if (withdrawnEarly)
        {
            Step(MatchRequestStatus.AwaitingLineManager, MatchRequestStatus.Withdrawn, submitted!.Value.AddDays(1), requester.Id);
        }
        else if (supported)
        {
            var answered = request.LineManagerRespondedAt!.Value;
            Step(MatchRequestStatus.AwaitingLineManager, MatchRequestStatus.AwaitingMatch, answered, requester.LineManagerId, request.LineManagerComment);
            if (status == MatchRequestStatus.Waitlisted)
            {
                request.WaitlistReason = Random.ArrayElement(WaitlistReasons);
                request.WaitlistedAt = answered.AddDays(4);
                Step(MatchRequestStatus.AwaitingMatch, MatchRequestStatus.Waitlisted, request.WaitlistedAt.Value, hr.Id, request.WaitlistReason);
            }

            if (proposedAt is { } proposed)
            {
                Step(MatchRequestStatus.AwaitingMatch, MatchRequestStatus.Proposed, proposed, hr.Id);
                var after = status switch
                {
                    MatchRequestStatus.Matched => MatchRequestStatus.Matched,
                    MatchRequestStatus.AwaitingMatch => MatchRequestStatus.AwaitingMatch,
                    MatchRequestStatus.Withdrawn => MatchRequestStatus.Withdrawn,
                    _ => (MatchRequestStatus?)null,
                };
                if (after is { } next)
                {
                    Step(MatchRequestStatus.Proposed, next, proposed.AddDays(next == MatchRequestStatus.Matched ? 21 : 10), next == MatchRequestStatus.Withdrawn ? requester.Id : null);
                }
            }
        }

        return request;
    }

    private void AddOpenRequests(OrganisationPlan plan, HashSet<Guid> demoIds)
    {
        var statuses = new List<(MatchRequestStatus Status, bool Returned)>
        {
            (MatchRequestStatus.Draft, false), (MatchRequestStatus.AwaitingLineManager, false), (MatchRequestStatus.AwaitingMatch, false),
            (MatchRequestStatus.AwaitingMatch, false), (MatchRequestStatus.AwaitingMatch, false), (MatchRequestStatus.Waitlisted, false),
            (MatchRequestStatus.Withdrawn, false), (MatchRequestStatus.Draft, true),
        };
        var requesters = Random.Shuffle(plan.People.Where(p => p.LineManagerId is not null && !_busy.Contains(p.Id) && !demoIds.Contains(p.Id))).ToList();
        if (plan.SchemeCode == DemoCatalogue.CouncilScheme)
        {
            // The demo line manager has requests from their own team waiting for support.
            var team = _people.Where(p => p.LineManagerId == _demo["manager"].Id && !_busy.Contains(p.Id) && !demoIds.Contains(p.Id)).Take(2).ToList();
            requesters.RemoveAll(team.Contains);
            requesters.InsertRange(0, team);
            statuses.InsertRange(0, Enumerable.Repeat((MatchRequestStatus.AwaitingLineManager, false), team.Count));
        }

        for (var i = 0; i < statuses.Count; i++)
        {
            var kind = Random.ArrayElement([OfferType.Coaching, OfferType.Mentoring]);
            var (status, returned) = statuses[i];
            var request = NewRequest(plan, requesters[i], kind, status, _now.AddDays(-Random.Int(3, 40)), returned: returned);
            if (status is MatchRequestStatus.AwaitingMatch or MatchRequestStatus.Waitlisted)
            {
                var offering = _profiles.Where(p => p.SchemeId == plan.Scheme!.Id && p.Status == ProfileStatus.Published && p.Offers.HasFlag(kind)).ToList();
                var named = Random.ListItems(offering, Math.Min(offering.Count, Random.Int(1, 3))).Select(p => (Guid?)p.Id).ToList();
                request.PreferredCoachId = named.ElementAtOrDefault(0);
                request.SecondPreferredCoachId = named.ElementAtOrDefault(1);
                request.ThirdPreferredCoachId = named.ElementAtOrDefault(2);
            }

            _busy.Add(requesters[i].Id);
            db.MatchRequests.Add(request);
        }
    }

    private List<Goal> AddGoals(Match match, DateTimeOffset created)
    {
        var texts = Random.ArrayElements(GoalTexts, 3);
        var goals = texts.Select((t, i) => new Goal
        {
            MatchId = match.Id,
            Description = t,
            Visibility = i < 2 ? GoalVisibility.SharedWithLineManager : GoalVisibility.Private,
            BaselineScore = Random.Int(1, 4),
            CreatedAt = created,
        }).ToList();
        db.Goals.AddRange(goals);
        return goals;
    }

    private void AddAgreements(Domain.Schemes.Scheme scheme, CoachProfile profile, Match match, Person coach, Person coachee, MatchStatus status, DateTimeOffset created, bool storyline)
    {
        var signed = status != MatchStatus.Contracting;
        var threeWay = Random.Bool(0.3f);
        var format = Enum.GetValues<DeliveryFormat>().First(f => f != DeliveryFormat.None && profile.Formats.HasFlag(f));
        Agreement New(int version, AgreementStatus agreementStatus, DateTimeOffset at)
        {
            var agreement = new Agreement
            {
                MatchId = match.Id,
                Version = version,
                AgreedOn = agreementStatus is AgreementStatus.Signed or AgreementStatus.Superseded ? DateOnly.FromDateTime(at.AddDays(5).UtcDateTime) : null,
                Objectives = "Build confidence as a leader.\nFind a sustainable balance of workload.\nPrepare for the next career step.",
                CoacheeCommitments = "Come prepared, complete agreed actions, tell the coach early if a session has to move.",
                CoachCommitments = "Keep sessions confidential, be on time, keep notes secure, follow the code of ethics and take supervision.",
                SharedCommitments = "Honest feedback both ways; review progress together at the review point.",
                NumberOfSessions = scheme.TypicalSessionCount,
                Frequency = "Monthly",
                SessionLengthMinutes = scheme.SessionMinutesMin,
                Format = format,
                Venue = format == DeliveryFormat.FaceToFace ? "Small meeting room, main office" : "Video call",
                FirstSessionAt = at.AddDays(12),
                FirstSessionVenue = format == DeliveryFormat.FaceToFace ? "Small meeting room, main office" : "Video call link sent by the coach",
                CancellationProtocol = $"Whoever cancels re-arranges, giving at least 24 hours' notice. {scheme.CancellationsBeforeReview} cancellations in a row mean we review the partnership.",
                ConfidentialityTerms = "What is said stays between us, except where there is a risk of harm to anyone or the law requires disclosure.",
                ThreeWayContracting = threeWay,
                ReviewPoint = $"After {scheme.ReviewAfterSessions} sessions",
                EndingArrangements = "A final session to review the goals, then the final evaluation form.",
                Status = agreementStatus,
                CreatedAt = at,
            };
            if (agreementStatus is AgreementStatus.Signed or AgreementStatus.Superseded or AgreementStatus.AwaitingSignatures)
            {
                agreement.Signatures.Add(new AgreementSignature { AgreementId = agreement.Id, PersonId = coach.Id, Role = SignatoryRole.Coach, SignedAt = at.AddDays(4) });
            }

            if (agreementStatus is AgreementStatus.Signed or AgreementStatus.Superseded)
            {
                agreement.Signatures.Add(new AgreementSignature { AgreementId = agreement.Id, PersonId = coachee.Id, Role = SignatoryRole.Coachee, SignedAt = at.AddDays(5) });
                if (threeWay && coachee.LineManagerId is { } manager)
                {
                    agreement.Signatures.Add(new AgreementSignature { AgreementId = agreement.Id, PersonId = manager, Role = SignatoryRole.LineManager, SignedAt = at.AddDays(6) });
                }
            }

            return agreement;
        }

        if (!signed)
        {
            db.Agreements.Add(New(1, Random.Bool() ? AgreementStatus.AwaitingSignatures : AgreementStatus.Draft, created));
            return;
        }

        if (storyline)
        {
            // A change of circumstances (a move to video sessions) made a second version.
            db.Agreements.Add(New(1, AgreementStatus.Superseded, created));
            db.Agreements.Add(New(2, AgreementStatus.Signed, _now.AddDays(-40)));
            return;
        }

        db.Agreements.Add(New(1, AgreementStatus.Signed, created));
    }

    private void AddSessions(Domain.Schemes.Scheme scheme, Match match, List<Goal> goals, DateTimeOffset started, DateTimeOffset stopped, MatchStatus status, bool storyline)
    {
        var until = DateOnly.FromDateTime(stopped.UtcDateTime);
        var date = DateOnly.FromDateTime(started.UtcDateTime).AddDays(10);
        var lastRegular = status == MatchStatus.OnHold ? until.AddDays(-25) : until;
        var targets = goals.ToDictionary(g => g.Id, _ => Random.Int(6, 10));
        var number = 0;
        var held = 0;
        var records = new List<SessionRecord>();
        while (date < lastRegular && held < scheme.TypicalSessionCount)
        {
            var cancelled = number > 0 && !storyline && Random.Bool(0.12f);
            records.Add(cancelled ? Cancelled(++number, date, Random.Bool() ? CancelledBy.Coach : CancelledBy.Coachee) : Held(++number, ++held));
            date = date.AddDays(cancelled ? 7 : Random.Int(26, 34));
        }

        if (status == MatchStatus.OnHold)
        {
            // Two cancellations in a row: the warning sign that led to the pause.
            records.Add(Cancelled(++number, until.AddDays(-21), CancelledBy.Coachee));
            records.Add(Cancelled(++number, until.AddDays(-7), CancelledBy.Coachee));
            db.PartnershipReviews.Add(PartnershipReview.Raise(match.Id, ReviewReason.CancellationsInARow, new DateTimeOffset(until.AddDays(-7).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero)));
        }
        else if (status == MatchStatus.Active && held < scheme.TypicalSessionCount)
        {
            var planned = new SessionRecord
            {
                MatchId = match.Id,
                SessionNumber = ++number,
                // The storyline's next session is close enough that its coachee is reminded to prepare on the first run of the reminders.
                MeetingDate = _today.AddDays(storyline ? Reminders.PrepareDaysBefore : Random.Int(3, 25)),
                StartTime = new TimeOnly(10, 0),
                EndTime = new TimeOnly(10, 0).AddMinutes(scheme.SessionMinutesMin),
                DurationMinutes = scheme.SessionMinutesMin,
                Status = SessionStatus.Planned,
                CreatedAt = _now.AddDays(-Random.Int(1, 20)),
            };
            records.Add(planned);
            if (storyline)
            {
                db.MeetingPreparations.Add(Preparation(planned));
            }
        }

        db.SessionRecords.AddRange(records);
        var heldRecords = records.Where(r => r.Status == SessionStatus.Held).ToList();
        _heldSessions.AddRange(heldRecords);
        if (heldRecords.Count >= 2 && (status == MatchStatus.Ended || Random.Bool(0.4f)))
        {
            AddFeedback(match, heldRecords[^1]);
        }

        SessionRecord Cancelled(int n, DateOnly on, CancelledBy by) => new()
        {
            MatchId = match.Id,
            SessionNumber = n,
            MeetingDate = on,
            Status = SessionStatus.Cancelled,
            CancelledBy = by,
            NoticeHours = Random.ArrayElement([2, 4, 24, 48, 72]),
            CreatedAt = new DateTimeOffset(on.AddDays(-14).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero),
        };

        SessionRecord Held(int n, int heldNumber)
        {
            var start = Random.ArrayElement([new TimeOnly(9, 30), new TimeOnly(10, 0), new TimeOnly(13, 30), new TimeOnly(14, 0)]);
            var minutes = Random.ArrayElement(SessionLengths.Where(m => m >= scheme.SessionMinutesMin && m <= scheme.SessionMinutesMax).ToArray());
            var record = new SessionRecord
            {
                MatchId = match.Id,
                SessionNumber = n,
                MeetingDate = date,
                StartTime = start,
                EndTime = start.AddMinutes(minutes),
                DurationMinutes = minutes,
                Status = SessionStatus.Held,
                PreviousActionsSummary = heldNumber == 1 ? "First session: contracting and goal setting." : Random.ArrayElement(Actions),
                KeyPoints = Random.ArrayElement(KeyPoints),
                SessionGoal = Random.ListItem(goals).Description,
                ActionsIdentified = Random.ArrayElement(Actions),
                Reflections = "Useful to slow down and think; the scaling question helped.",
                CreatedAt = new DateTimeOffset(date.ToDateTime(start), TimeSpan.Zero).AddHours(3),
            };
            foreach (var goal in goals)
            {
                var baseline = goal.BaselineScore ?? 2;
                var step = (targets[goal.Id] - baseline) / (double)scheme.TypicalSessionCount;
                record.Progress.Add(new GoalProgress
                {
                    SessionRecordId = record.Id,
                    GoalId = goal.Id,
                    Score = Math.Clamp((int)Math.Round(baseline + (step * heldNumber)), 0, 10),
                });
            }

            if (Random.Bool(0.5f))
            {
                db.MeetingPreparations.Add(Preparation(record));
            }

            if (Random.Bool(0.35f))
            {
                db.CoachPreparationReflections.Add(new CoachPreparationReflection
                {
                    SessionRecordId = record.Id,
                    CoacheeLearningStyle = Random.ArrayElement(["Reflector: likes time to think before answering", "Activist: learns by trying things", "Pragmatist: wants practical tools"]),
                    SkillsToWorkOn = "Staying with silence; fewer leading questions.",
                    Approach = "GROW, with a scaling question on each goal.",
                    WorkedWell = "Re-scoring the goals showed real movement.",
                    WorkedLessWell = "I moved to options too quickly.",
                    ModelsAndTechniques = Random.ArrayElement(["GROW", "GROW and scaling", "Solution-focused questions", "Transactional analysis drama triangle"]),
                    WhatILearnt = "Let the coachee name the first step.",
                });
            }

            return record;
        }
    }

    private MeetingPreparation Preparation(SessionRecord record) => new()
    {
        SessionRecordId = record.Id,
        AccomplishedSinceLastTime = "Held one-to-ones with two of the team and delegated the rota.",
        NotDoneButIntended = "The conversation with my manager about priorities.",
        OnMyMindAtWork = Random.ArrayElement(["Budget pressures for next year.", "A vacancy we cannot fill.", "The new case management system."]),
        CurrentChallenges = "Too many meetings; little time to think.",
        CurrentOpportunities = "A secondment opportunity has been advertised.",
        AnythingElse = Random.Bool(0.3f) ? "I may need to move the next session by a week." : null,
        WantFromSession = "A plan for the conversation with my manager.",
    };

    private void AddFeedback(Match match, SessionRecord session)
    {
        var baseline = Random.Int(7, 9);
        var feedback = new CoachFeedback
        {
            MatchId = match.Id,
            SessionRecordId = session.Id,
            WorkedWell = "Being listened to properly; the questions made me see the problem differently.",
            WorkedLessWell = Random.Bool(0.4f) ? "Sometimes we ran out of time for actions." : null,
            CoachCouldDevelop = Random.Bool(0.3f) ? "Summarise the actions at the end." : null,
            SubmittedAt = new DateTimeOffset(session.MeetingDate.AddDays(2).ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero),
        };
        var low = Random.Bool(0.2f) ? Random.Enum<CoachAttribute>() : (CoachAttribute?)null;
        foreach (var attribute in Enum.GetValues<CoachAttribute>())
        {
            feedback.Ratings.Add(new AttributeRating
            {
                CoachFeedbackId = feedback.Id,
                Attribute = attribute,
                Score = attribute == low ? Random.Int(4, 5) : Math.Clamp(baseline + Random.Int(-2, 1), 1, 10),
            });
        }

        feedback.OverallExperience = "Very positive: I achieved two of my three goals and have a plan for the third.";
        feedback.SuggestionsForLowScores = low is null ? null : "A little more structure would help me keep track between sessions.";
        db.CoachFeedback.Add(feedback);
    }

    private void AddFinalEvaluation(Match match, DateTimeOffset ended)
    {
        if (Random.Bool(0.15f))
        {
            return;
        }

        db.FinalEvaluations.Add(new FinalEvaluation
        {
            MatchId = match.Id,
            HowFoundStyle = "Relaxed but focused; I always left with something to do.",
            MetExpectations = Random.Bool(0.85f),
            MetExpectationsComment = "More than I expected: I thought it would be advice, but I found my own answers.",
            WouldRecommend = Random.Bool(0.9f),
            HowThingsChanged = "I delegate more, and my team meetings are shorter and better.",
            WouldConsiderCoachingCourse = Random.Bool(0.4f),
            Helpful1 = "Protected time to think",
            Helpful2 = "Scoring my goals each session",
            Helpful3 = Random.Bool() ? "Practising difficult conversations" : null,
            Unhelpful1 = Random.Bool(0.4f) ? "Two sessions had to be moved" : null,
            SubmittedAt = ended.AddDays(Random.Int(2, 14)),
        });
    }

    private void AddDevelopmentPlan(Match match, DateTimeOffset started)
    {
        var start = DateOnly.FromDateTime(started.UtcDateTime);
        (string Topic, string Actions)[] items =
        [
            ("Understand how the service budget is set", "Shadow the finance business partner at budget setting."),
            ("Build a network across the partner organisations", "Attend two partnership meetings; introduce myself to three peers."),
            ("Lead a team meeting every month", "Take over chairing from my manager; ask for feedback."),
        ];
        for (var i = 0; i < items.Length; i++)
        {
            var date = Earliest(start.AddDays(7 + (i * 14)), _today);
            var due = date.AddMonths(3);
            db.DevelopmentPlanItems.Add(new DevelopmentPlanItem
            {
                MatchId = match.Id,
                Date = date,
                Topic = items[i].Topic,
                Actions = items[i].Actions,
                Outcome = due < _today ? "Done; more confident about it now." : null,
                CompleteBy = due,
                Rag = due < _today ? RagStatus.Green : Random.ArrayElement([RagStatus.Red, RagStatus.Amber, RagStatus.Green]),
            });
        }

        db.DevelopmentPlanItems.Add(new DevelopmentPlanItem
        {
            MatchId = match.Id,
            Date = Earliest(start.AddDays(90), _today),
            Topic = "Review and reflect",
            Outcome = "Good progress on the network; budget understanding still patchy.",
            Rag = RagStatus.Amber,
            IsReviewEntry = true,
        });
    }

    private static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;
}
