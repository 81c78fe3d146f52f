using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Development;
using CoachRegister.Domain.Feedback;
using CoachRegister.Domain.Sessions;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Join;
using CoachRegister.Web.Features.Matching;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Features.Relationships;
using CoachRegister.Web.Infrastructure.Documents;
using CoachRegister.Web.Infrastructure.Documents.Forms;

namespace CoachRegister.Web.Features.Documents;

/// <summary>
/// Every paper form of the register (DOMAIN.md), each built blank (no record) or filled from the record the
/// reader may see. Blank and filled are the same form, so a paper copy and a printed record line up field for field.
/// </summary>
public static class PrintedForms
{
    /// <summary>Who the form is about, as far as known: names and the session's number and date.</summary>
    public sealed record About(string? CoachName = null, string? CoacheeName = null, int? SessionNumber = null, DateOnly? SessionDate = null);

    /// <summary>One of a partnership's goals with its progress mark (0 to 10) in a session, if marked.</summary>
    public sealed record GoalMark(string Goal, int? Score);

    public static PrintedForm SessionRecord(About about, SessionRecord? s = null, IReadOnlyList<GoalMark>? goals = null) =>
        new("Session record", DocumentClassification.Confidential,
        [
            new FormQuestion("Previous actions and summary", s?.PreviousActionsSummary),
            new FormQuestion("Key points and topics discussed", s?.KeyPoints),
            new FormQuestion("Agreed goal for the session", s?.SessionGoal, "What goals, knowledge and skills the session was to cover."),
            new FormQuestion("Actions identified", s?.ActionsIdentified),
            new FormQuestion("Reflections on the session", s?.Reflections, "How effective it was, what worked well, what might have been done differently."),
            new FormScale(
                "Progress towards each goal",
                0,
                10,
                goals is { Count: > 0 }
                    ? [.. goals.Select(g => new FormScaleRow(g.Goal, g.Score, Translate: false))]
                    : [new FormScaleRow("Goal 1"), new FormScaleRow("Goal 2"), new FormScaleRow("Goal 3")],
                Filled: s is not null),
        ])
        {
            Lead = WordingPassage.SessionRecordLead,
            Notice = WordingPassage.SessionRecordNotice,
            Details =
            [
                new("Coach", about.CoachName),
                new("Coachee", about.CoacheeName),
                new("Session number", about.SessionNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Date of the session", Date: s?.MeetingDate ?? about.SessionDate),
                new("Start time", s?.StartTime?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
                new("End time", s?.EndTime?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
                new("Total hours", s is { Status: SessionStatus.Held } ? s.Hours.ToString("0.##", System.Globalization.CultureInfo.CurrentCulture) : null),
            ],
        };

    /// <summary>The coach's preparation and reflection on a session (003 Appendix B): the coach's alone.</summary>
    public static PrintedForm PreparationAndReflection(About about, CoachPreparationReflection? r = null) =>
        new("Preparation and reflection form", DocumentClassification.Confidential,
        [
            new FormHeading("Before the session"),
            new FormQuestion("The coachee's preferred learning style or approach", r?.CoacheeLearningStyle),
            new FormQuestion("Skills and qualities I want to work on", r?.SkillsToWorkOn),
            new FormQuestion("How I will approach the session", r?.Approach),
            new FormHeading("After the session"),
            new FormQuestion("What worked well", r?.WorkedWell),
            new FormQuestion("What worked less well", r?.WorkedLessWell),
            new FormQuestion("Models, techniques and structures I used", r?.ModelsAndTechniques, "For example GROW: goal, reality, options, way forward."),
            new FormQuestion("What I have learnt and will change in my practice", r?.WhatILearnt),
        ])
        {
            Lead = WordingPassage.ReflectionLead,
            Notice = WordingPassage.ReflectionNotice,
            Details =
            [
                new("Coach", about.CoachName),
                new("Coachee", about.CoacheeName),
                new("Session number", about.SessionNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Date of the session", Date: about.SessionDate),
            ],
        };

    /// <summary>The coach's reflective log (004 Appendix 8): the coach's alone, printed only for its author.</summary>
    public static PrintedForm ReflectiveLog(ReflectiveLogEntry? entry = null, string? coachName = null, string? coacheeName = null)
    {
        var answers = entry is null ? null : new Dictionary<string, string?>
        {
            ["Introduction"] = entry.Introduction,
            ["Rapport"] = entry.Rapport,
            ["WentWell"] = entry.WentWell,
            ["Challenges"] = entry.Challenges,
            ["UsefulToKnowBefore"] = entry.UsefulToKnowBefore,
            ["Surprises"] = entry.Surprises,
            ["KeyLearning"] = entry.KeyLearning,
            ["DoDifferently"] = entry.DoDifferently,
            ["NextSessionFocus"] = entry.NextSessionFocus,
            ["Goal"] = entry.Goal,
            ["Reality"] = entry.Reality,
            ["Options"] = entry.Options,
            ["WayForward"] = entry.WayForward,
            ["Reflection"] = entry.Reflection,
        };
        return new("Reflective log", DocumentClassification.Confidential,
            [.. global::CoachRegister.Web.Features.ReflectiveLog.LogEntryInput.Questions.Select(q => new FormQuestion(q.Label, answers?[q.Name]))])
        {
            Lead = WordingPassage.ReflectiveLogLead,
            Notice = WordingPassage.ReflectiveLogNotice,
            Details =
            [
                new("Coach", coachName),
                new("Coachee", coacheeName),
                new("Date", Date: entry?.EntryDate),
                new("Session number", entry?.SessionNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ],
        };
    }

    public static PrintedForm SessionFeedback(About about, CoachFeedback? given = null) =>
        new("Feedback on a session", DocumentClassification.Confidential,
        [
            new FormQuestion("What worked well in the session?", given?.WorkedWell),
            new FormQuestion("What worked less well?", given?.WorkedLessWell, "What does your coach need to be aware of in their style and its impact?"),
            new FormQuestion("What could your coach develop or learn?", given?.CoachCouldDevelop),
        ])
        {
            Lead = WordingPassage.SessionFeedbackLead,
            Notice = WordingPassage.SessionFeedbackNotice,
            Details =
            [
                new("Coach", about.CoachName),
                new("Coachee", about.CoacheeName),
                new("Session number", about.SessionNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Date of the session", Date: about.SessionDate),
                new("Given on", Date: given is null ? null : DateOnly.FromDateTime(given.SubmittedAt.UtcDateTime)),
            ],
        };

    public static PrintedForm CoachRating(About about, CoachFeedback? given = null)
    {
        var scores = given?.Ratings.ToDictionary(r => r.Attribute, r => r.Score) ?? [];
        return new("Rate your coach", DocumentClassification.Confidential,
        [
            new FormScale(
                "Ratings from 1 (poor) to 10 (excellent)",
                1,
                10,
                [.. Enum.GetValues<CoachAttribute>().Select(a => new FormScaleRow(CoachingLabels.Of(a), scores.TryGetValue(a, out var score) ? score : null))],
                Filled: given is not null),
            new FormQuestion("Your overall experience", given?.OverallExperience, "Describe your experience of coaching with your coach, and how far you achieved your goals."),
            new FormQuestion("How your coach could improve", given?.SuggestionsForLowScores, "If you gave any low scores, suggest how your coach could improve."),
        ])
        {
            Lead = WordingPassage.CoachRatingLead,
            Details =
            [
                new("Coach", about.CoachName),
                new("Coachee", about.CoacheeName),
                new("Given on", Date: given is null ? null : DateOnly.FromDateTime(given.SubmittedAt.UtcDateTime)),
            ],
        };
    }

    public static PrintedForm FinalEvaluation(About about, FinalEvaluation? e = null) =>
        new("Final evaluation", DocumentClassification.Confidential,
        [
            new FormQuestion("How did you find your coach's style?", e?.HowFoundStyle),
            new FormYesNo("Did the sessions meet your expectations?", e?.MetExpectations),
            new FormQuestion("Tell us more", e?.MetExpectationsComment, Short: true),
            new FormYesNo("Would you recommend coaching or mentoring to colleagues?", e?.WouldRecommend),
            new FormQuestion("How have things changed since the coaching?", e?.HowThingsChanged),
            new FormYesNo("Would you consider a coaching course in the future?", e?.WouldConsiderCoachingCourse),
            new FormHeading("What you found particularly helpful"),
            new FormQuestion("Helpful 1", e?.Helpful1, Short: true),
            new FormQuestion("Helpful 2", e?.Helpful2, Short: true),
            new FormQuestion("Helpful 3", e?.Helpful3, Short: true),
            new FormHeading("What you did not find helpful, or expected more of"),
            new FormQuestion("Less helpful 1", e?.Unhelpful1, Short: true),
            new FormQuestion("Less helpful 2", e?.Unhelpful2, Short: true),
            new FormQuestion("Less helpful 3", e?.Unhelpful3, Short: true),
        ])
        {
            Lead = WordingPassage.FinalEvaluationLead,
            Details =
            [
                new("Coach", about.CoachName),
                new("Coachee", about.CoacheeName),
                new("Given on", Date: e is null ? null : DateOnly.FromDateTime(e.SubmittedAt.UtcDateTime)),
            ],
        };

    /// <summary>The plan: filled, the items and the review entries there are; blank, rows to write in.</summary>
    public static PrintedForm DevelopmentPlan(About about, IReadOnlyList<DevelopmentPlanItem>? items = null)
    {
        var reviews = (items ?? []).Where(i => i.IsReviewEntry).ToList();
        FormPart[] parts =
        [
            new FormTable(
                "Plan items",
                ["Date", "Topic or goal for development", "Outcome", "Actions, options and the way forward", "Date to complete", "RAG"],
                [.. (items ?? []).Where(i => !i.IsReviewEntry).Select(i => (IReadOnlyList<FormCell>)
                [
                    new FormCell(Date: i.Date),
                    new FormCell(i.Topic),
                    new FormCell(i.Outcome),
                    new FormCell(i.Actions),
                    new FormCell(Date: i.CompleteBy),
                    new FormCell(CoachingLabels.Of(i.Rag), Translate: true),
                ])],
                BlankRows: items is null ? 8 : 0),
            new FormTable(
                "Review and reflect",
                ["Date", "Your review and reflection"],
                [.. reviews.Select(i => (IReadOnlyList<FormCell>)[new FormCell(Date: i.Date), new FormCell(i.Topic + (i.Outcome is null ? "" : ": " + i.Outcome))])],
                BlankRows: items is null ? 4 : 0,
                KeepTogether: true),
        ];
        return new("Learning and development plan", DocumentClassification.Confidential, items is null || reviews.Count > 0 ? parts : parts[..1])
        {
            Lead = WordingPassage.DevelopmentPlanLead,
            Notice = WordingPassage.DevelopmentPlanNotice,
            Details = [new("Coach", about.CoachName), new("Coachee", about.CoacheeName)],
        };
    }

    /// <summary>One session as an activity figure: its number, date, whether it was held, and how long it was.</summary>
    public sealed record SessionActivity(int Number, DateOnly Date, SessionStatus Status, int Minutes);

    /// <summary>Who a partnership is between and where it stands: what HR and both sides may read.</summary>
    public static PrintedForm Partnership(About about, string scheme, Domain.Register.OfferType kind, Domain.Matching.MatchStatus status, DateOnly? started, DateOnly? ended) =>
        new("The partnership", DocumentClassification.Official, [])
        {
            Lead = WordingPassage.PartnershipLead,
            Details =
            [
                new("Scheme", scheme),
                new("Coach", about.CoachName),
                new("Coachee", about.CoacheeName),
                new("Coaching or mentoring", CoachingLabels.Of(kind), TranslateValue: true),
                new("Status", CoachingLabels.Of(status), TranslateValue: true),
                new("Started on", Date: started),
                new("Ended on", Date: ended),
            ],
        };

    /// <summary>The sessions as activity figures: dates, numbers, held or cancelled, and hours; never their content.</summary>
    public static PrintedForm Activity(About about, IReadOnlyList<SessionActivity> sessions) =>
        new("Sessions and hours", DocumentClassification.Official,
        [
            new FormTable(
                "Sessions",
                ["Session number", "Date of the session", "Status", "Hours"],
                [.. sessions.Select(s => (IReadOnlyList<FormCell>)
                [
                    new FormCell(s.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new FormCell(Date: s.Date),
                    new FormCell(CoachingLabels.Of(s.Status), Translate: true),
                    new FormCell(s.Status == SessionStatus.Held ? (s.Minutes / 60m).ToString("0.##", System.Globalization.CultureInfo.CurrentCulture) : null),
                ])],
                BlankRows: 0),
        ])
        {
            Lead = WordingPassage.ActivityLead,
            Details =
            [
                new("Coach", about.CoachName),
                new("Coachee", about.CoacheeName),
                new("Sessions held", sessions.Count(s => s.Status == SessionStatus.Held).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Total hours", (sessions.Where(s => s.Status == SessionStatus.Held).Sum(s => s.Minutes) / 60m).ToString("0.##", System.Globalization.CultureInfo.CurrentCulture)),
            ],
        };

    /// <summary>
    /// The application to join the register: blank, or filled from the application as the reader may read it (the
    /// applicant's and the scheme team's whole, the line manager's as it was when they answered).
    /// </summary>
    public static PrintedForm CoachApplication(ApplicationSummary? a = null)
    {
        // The portal asks the applicant to agree to the scheme's expectations as a whole; on paper each is a question.
        bool? agreed = a?.AllConfirmed == true ? true : null;
        string? Lines(IEnumerable<string?> lines) => a is null ? null : string.Join("\n", lines.OfType<string>()) is { Length: > 0 } text ? text : null;
        return new("Application to join the register as a coach or mentor", DocumentClassification.Official,
        [
            new FormChecklist("I am applying to be", ["A coach", "A mentor", "Both"], a is null ? null : [a.Offers switch { OfferType.Coaching => "A coach", OfferType.Mentoring => "A mentor", _ => "Both" }]),
            new FormYesNo("Do you hold a coaching or mentoring qualification?", a?.HoldsAccreditation),
            new FormQuestion("Your qualifications and accreditation", Lines((a?.Qualifications ?? []).Select(q => q.Title).Append(a?.AccreditationOther)), "For example ILM level 5 or 7, EMCC, ICF or AC, with the year. Say if you are still in training."),
            new FormQuestion("What you have done recently to support other people's development", a?.RecentSupportOfOthers),
            new FormQuestion("Your experience of coaching or mentoring, and what came of it", Lines([a?.ExperienceAndSkills, a?.PreviousExperienceAndOutcomes])),
            new FormQuestion("Why you want to join the register", a?.Motivation),
            new FormQuestion("The areas you can coach or mentor in", Lines((a?.Areas ?? []).Select(x => RegisterLabels.AreaName(x.Name, x.NameWelsh))), "For example leadership, managing change, career progression, team development."),
            new FormTable(
                "Two professional references",
                ["Name", "Job title", "E-mail", "Telephone", "How they know you"],
                [.. (a?.References ?? []).Select(r => (IReadOnlyList<FormCell>)[new FormCell(r.Name), new FormCell(r.JobTitle), new FormCell(r.Email), new FormCell(r.Telephone), new FormCell(r.Relationship)])],
                BlankRows: a is null ? 2 : 0),
            new FormHeading("What the scheme asks of you"),
            new FormYesNo("Can you give the scheme at least 12 months?", agreed),
            new FormYesNo("Can you take on at least two coachees or mentees?", agreed),
            new FormYesNo("Will you take part in the peer network and in supervision?", agreed),
            new FormYesNo("Will you declare any fees and any interest that could affect a partnership?", agreed),
            new FormSignatures(["Applicant", "Line manager"]),
        ])
        {
            Lead = WordingPassage.CoachApplicationLead,
            Details =
            [
                new("Your name", a?.ApplicantName),
                new("Job title", a?.ApplicantJobTitle),
                new("Organisation", a?.ApplicantOrganisation),
                new("Service area", a?.ApplicantServiceArea),
                new("E-mail", a?.ApplicantEmail),
                new("Telephone"),
            ],
        };
    }

    /// <summary>
    /// The request for a coach or mentor (the coachee's application): blank, or filled from the request as the reader
    /// may read it (the line manager's copy comes without the parts the requester keeps from them).
    /// </summary>
    public static PrintedForm CoacheeApplication(RequestSummary? r = null)
    {
        string? Reason(int i) => r is not null && i < r.Reasons.Count ? r.Reasons[i] : null;
        return new("Application for a coach or mentor", r is null ? DocumentClassification.Official : DocumentClassification.Confidential,
        [
            new FormChecklist("I would like", ["Coaching", "Mentoring"], r is null ? null : [MatchingLabels.Kind(r.Wanted)]),
            new FormQuestion("Reason 1", Reason(0), Short: true),
            new FormQuestion("Reason 2", Reason(1), Short: true),
            new FormQuestion("Reason 3", Reason(2), Short: true),
            new FormYesNo("Was the need identified through supervision or appraisal?", r?.IdentifiedThroughAppraisal),
            new FormChecklist(
                "For mentoring: the gap you want to fill",
                [.. MatchingLabels.Gaps.Select(MatchingLabels.Gap)],
                r is null ? null : [.. MatchingLabels.Gaps.Where(g => r.MentoringGap.HasFlag(g)).Select(MatchingLabels.Gap)]),
            new FormQuestion("What you hope to gain for yourself", r?.GoalsForSelf),
            new FormQuestion("What you hope to gain for your team", r?.GoalsForTeam),
            new FormQuestion("What you hope to gain for your organisation", r?.GoalsForOrganisation),
            new FormQuestion("Your preferred coach or mentor, if you have one", r?.Preferences.OrderBy(c => c.Choice).FirstOrDefault()?.Name, "They may not be free or suitable; the scheme will suggest another if not.", Short: true),
            new FormSignatures(["Applicant", "Line manager"]),
        ])
        {
            Lead = WordingPassage.CoacheeApplicationLead,
            RecordNotice = r is { PrivatePartsRemoved: true } ? "The parts the applicant keeps from their line manager are not printed on this copy." : null,
            Details =
            [
                new("Your name", r?.RequesterName),
                new("Job title", r?.RequesterJobTitle),
                new("Organisation", r?.Organisation),
                new("Service area", r?.ServiceArea),
                new("E-mail", r?.RequesterEmail),
                new("Telephone"),
            ],
        };
    }

    /// <summary>One side's declaration, as signed with the agreement: null where that side has not declared (or the scheme does not ask).</summary>
    public sealed record Declared(bool? HasInterest, string? Interest, string SignedName, DateTime SignedAt);

    /// <summary>The declaration of interest: blank to sign on paper, or filled from the signatures of the agreement.</summary>
    public static PrintedForm DeclarationOfInterest(About about, Declared? coach = null, Declared? coachee = null)
    {
        var signed = new Dictionary<string, FormSignature>();
        if (coach is not null)
        {
            signed["Coach"] = new(coach.SignedName, coach.SignedAt);
        }

        if (coachee is not null)
        {
            signed["Coachee"] = new(coachee.SignedName, coachee.SignedAt);
        }

        return new("Declaration of interest", DocumentClassification.Confidential,
        [
            new FormYesNo("Does the coach have an interest to declare?", coach?.HasInterest),
            new FormQuestion("The coach's interest", coach?.Interest, "Only if you answered yes.", Short: true),
            new FormYesNo("Does the coachee have an interest to declare?", coachee?.HasInterest),
            new FormQuestion("The coachee's interest", coachee?.Interest, "Only if you answered yes.", Short: true),
            new FormSignatures(["Coach", "Coachee"], signed),
        ])
        {
            Lead = WordingPassage.DeclarationLead,
            Notice = WordingPassage.DeclarationNotice,
            Details = [new("Coach", about.CoachName), new("Coachee", about.CoacheeName)],
        };
    }
}
