using System.Globalization;
using CoachRegister.Domain.Agreements;

namespace CoachRegister.Web.Features.Agreements;

/// <summary>
/// The portal's own wording of each standing passage. The English text is the key of its Welsh translation in
/// DocumentText (Resources/Infrastructure/Documents), so the default reads in the reader's language.
/// </summary>
public static class DefaultWording
{
    private const string ConfidentialNotice = "Confidential: for the coach and the coachee only.";
    private const string CoachOnlyNotice = "For the coach only. Nobody else reads it.";

    public static readonly IReadOnlyDictionary<WordingPassage, string> Text = new Dictionary<WordingPassage, string>
    {
        [WordingPassage.WhatCoachingIs] = "Coaching is a confidential partnership in which the coach helps the coachee think clearly about their work, set goals and find their own ways to reach them. The coach asks and listens more than they advise.",
        [WordingPassage.WhatMentoringIs] = "Mentoring is a confidential partnership in which a more experienced colleague shares knowledge, contacts and advice to help the mentee grow in their work. The mentee sets the agenda and decides what to do with what they hear.",
        [WordingPassage.NotForDiscipline] = "It is never used for discipline or to manage performance. Either of you can end the partnership at any time.",
        [WordingPassage.Confidentiality] = "What is said in sessions stays between the two of you. The coachee's line manager knows only that the partnership is taking place and the goals the coachee chooses to share. The scheme's HR team sees how many sessions are held and for how long, never what is said.",
        [WordingPassage.ConfidentialityLimits] = "Confidentiality is broken only where there is a risk of harm to the coachee or to others, where the law requires it, or where you both agree.",
        [WordingPassage.Versions] = "A change after either of you has signed makes a new version, which you both sign again. Every version is kept, and a signed version stays in force until you have both signed the next.",
        [WordingPassage.CoachApplicationLead] = "Fill this in to offer coaching or mentoring to colleagues. Your line manager signs to say they support the time it takes.",
        [WordingPassage.CoacheeApplicationLead] = "Talk to your line manager first: they sign to say they support your application. Coaching is never used for discipline or to manage performance.",
        [WordingPassage.DeclarationLead] = "Signed by both with the agreement. Declare anything that could affect the partnership: for example a close working or personal relationship, line management, or money.",
        [WordingPassage.DeclarationNotice] = ConfidentialNotice,
        [WordingPassage.MeetingPreparationLead] = "Fill this in before your coaching session and bring it with you. It helps you and your coach make the most of the time.",
        [WordingPassage.MeetingPreparationNotice] = "What you write is confidential between you and your coach. Your line manager and HR do not see it.",
        [WordingPassage.SessionRecordLead] = "Written by the coach after each session. 0 means no progress and no change yet; 10 means the goal has been fully achieved and the impact is recognised by the coachee and others.",
        [WordingPassage.SessionRecordNotice] = ConfidentialNotice,
        [WordingPassage.ReflectionLead] = "For the coach: fill in the first part before a session and the second part after it.",
        [WordingPassage.ReflectionNotice] = CoachOnlyNotice,
        [WordingPassage.ReflectiveLogLead] = "The coach's own record of a session, for their learning and supervision.",
        [WordingPassage.ReflectiveLogNotice] = CoachOnlyNotice,
        [WordingPassage.SessionFeedbackLead] = "For the coachee, after a session.",
        [WordingPassage.SessionFeedbackNotice] = "Your feedback goes to your coach to help them develop. Nobody else reads it.",
        [WordingPassage.CoachRatingLead] = "Rate each of your coach's skills from 1 (poor) to 10 (excellent). Your coach reads this to develop; nobody else does.",
        [WordingPassage.FinalEvaluationLead] = "This helps your coach improve and helps the scheme show the difference coaching makes.",
        [WordingPassage.DevelopmentPlanLead] = "Your roadmap of learning and development: both of you can add and change items, and every change is kept.",
        [WordingPassage.DevelopmentPlanNotice] = ConfidentialNotice,
        [WordingPassage.PartnershipLead] = "Who the partnership is between and where it stands. What is said in coaching stays with the coach and coachee.",
        [WordingPassage.ActivityLead] = "The activity figures the scheme reports on: dates, counts and hours only.",
    };

    /// <summary>What HR see each passage called (keys of HrWording.WordingText).</summary>
    public static readonly IReadOnlyDictionary<WordingPassage, string> Titles = new Dictionary<WordingPassage, string>
    {
        [WordingPassage.WhatCoachingIs] = "What coaching is",
        [WordingPassage.WhatMentoringIs] = "What mentoring is",
        [WordingPassage.NotForDiscipline] = "Never for discipline",
        [WordingPassage.Confidentiality] = "Confidentiality in the scheme",
        [WordingPassage.ConfidentialityLimits] = "The limits of confidentiality",
        [WordingPassage.Versions] = "Versions",
        [WordingPassage.CoachApplicationLead] = "Application to join the register: opening paragraph",
        [WordingPassage.CoacheeApplicationLead] = "Application for a coach or mentor: opening paragraph",
        [WordingPassage.DeclarationLead] = "Declaration of interest: opening paragraph",
        [WordingPassage.DeclarationNotice] = "Declaration of interest: notice",
        [WordingPassage.MeetingPreparationLead] = "Meeting preparation form: opening paragraph",
        [WordingPassage.MeetingPreparationNotice] = "Meeting preparation form: notice",
        [WordingPassage.SessionRecordLead] = "Session record: opening paragraph",
        [WordingPassage.SessionRecordNotice] = "Session record: notice",
        [WordingPassage.ReflectionLead] = "Preparation and reflection form: opening paragraph",
        [WordingPassage.ReflectionNotice] = "Preparation and reflection form: notice",
        [WordingPassage.ReflectiveLogLead] = "Reflective log: opening paragraph",
        [WordingPassage.ReflectiveLogNotice] = "Reflective log: notice",
        [WordingPassage.SessionFeedbackLead] = "Feedback on a session: opening paragraph",
        [WordingPassage.SessionFeedbackNotice] = "Feedback on a session: notice",
        [WordingPassage.CoachRatingLead] = "Rate your coach: opening paragraph",
        [WordingPassage.FinalEvaluationLead] = "Final evaluation: opening paragraph",
        [WordingPassage.DevelopmentPlanLead] = "Learning and development plan: opening paragraph",
        [WordingPassage.DevelopmentPlanNotice] = "Learning and development plan: notice",
        [WordingPassage.PartnershipLead] = "The partnership: opening paragraph",
        [WordingPassage.ActivityLead] = "Sessions and hours: opening paragraph",
    };

    /// <summary>
    /// The documents whose standing wording HR edit, as the wording page groups them: the agreement, then each
    /// printed form (titles are keys of HrWording.WordingText).
    /// </summary>
    public static readonly IReadOnlyList<WordingDocument> Documents =
    [
        new("The agreement",
        [
            WordingPassage.WhatCoachingIs, WordingPassage.WhatMentoringIs, WordingPassage.NotForDiscipline,
            WordingPassage.Confidentiality, WordingPassage.ConfidentialityLimits, WordingPassage.Versions,
        ]),
        new("Application to join the register as a coach or mentor", [WordingPassage.CoachApplicationLead]),
        new("Application for a coach or mentor", [WordingPassage.CoacheeApplicationLead]),
        new("Declaration of interest", [WordingPassage.DeclarationLead, WordingPassage.DeclarationNotice]),
        new("Meeting preparation form", [WordingPassage.MeetingPreparationLead, WordingPassage.MeetingPreparationNotice]),
        new("Session record", [WordingPassage.SessionRecordLead, WordingPassage.SessionRecordNotice]),
        new("Preparation and reflection form", [WordingPassage.ReflectionLead, WordingPassage.ReflectionNotice]),
        new("Reflective log", [WordingPassage.ReflectiveLogLead, WordingPassage.ReflectiveLogNotice]),
        new("Feedback on a session", [WordingPassage.SessionFeedbackLead, WordingPassage.SessionFeedbackNotice]),
        new("Rate your coach", [WordingPassage.CoachRatingLead]),
        new("Final evaluation", [WordingPassage.FinalEvaluationLead]),
        new("Learning and development plan", [WordingPassage.DevelopmentPlanLead, WordingPassage.DevelopmentPlanNotice]),
        new("The partnership", [WordingPassage.PartnershipLead]),
        new("Sessions and hours", [WordingPassage.ActivityLead]),
    ];

    /// <summary>
    /// The passages an agreement keeps, as printed, from its first signature: its own, and the declaration of
    /// interest's, which both sign with it. Every other form prints the wording in force when it is printed.
    /// </summary>
    public static readonly IReadOnlySet<WordingPassage> SignedWithAgreement = new HashSet<WordingPassage>(
        [.. Documents[0].Passages, WordingPassage.DeclarationLead, WordingPassage.DeclarationNotice]);

    public static WordingLanguage LanguageOf(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "cy" ? WordingLanguage.Welsh : WordingLanguage.English;

    public static CultureInfo CultureOf(WordingLanguage language) =>
        CultureInfo.GetCultureInfo(language == WordingLanguage.Welsh ? "cy-GB" : "en-GB");
}

/// <summary>One document's standing passages, under its title on the wording page.</summary>
public sealed record WordingDocument(string Title, IReadOnlyList<WordingPassage> Passages);

/// <summary>
/// The standing text one document shows: for an agreement version, the words it was signed under (or, for a
/// draft, the organisation's versions in force now); for a printed form, the organisation's versions in force;
/// and the portal's default for every passage not edited.
/// </summary>
public sealed class StandingText(IReadOnlyCollection<WordingVersion> edited)
{
    public static readonly StandingText Default = new([]);

    public IReadOnlyCollection<WordingVersion> Edited => edited;

    /// <summary>The passage in the current language; <paramref name="translate"/> turns the default's English key into it.</summary>
    public string Of(WordingPassage passage, Func<string, string> translate)
    {
        var language = DefaultWording.LanguageOf(CultureInfo.CurrentUICulture);
        return edited.FirstOrDefault(v => v.Passage == passage && v.Language == language)?.Text ?? translate(DefaultWording.Text[passage]);
    }

    /// <summary>HR's wording is plain text: a blank line starts a new paragraph.</summary>
    public static IEnumerable<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
