using System.Globalization;
using CoachRegister.Domain.Agreements;

namespace CoachRegister.Web.Features.Agreements;

/// <summary>
/// The portal's own wording of each standing passage. The English text is the key of its Welsh translation in
/// DocumentText (Resources/Infrastructure/Documents), so the default reads in the reader's language.
/// </summary>
public static class DefaultWording
{
    public static readonly IReadOnlyDictionary<WordingPassage, string> Text = new Dictionary<WordingPassage, string>
    {
        [WordingPassage.WhatCoachingIs] = "Coaching is a confidential partnership in which the coach helps the coachee think clearly about their work, set goals and find their own ways to reach them. The coach asks and listens more than they advise.",
        [WordingPassage.WhatMentoringIs] = "Mentoring is a confidential partnership in which a more experienced colleague shares knowledge, contacts and advice to help the mentee grow in their work. The mentee sets the agenda and decides what to do with what they hear.",
        [WordingPassage.NotForDiscipline] = "It is never used for discipline or to manage performance. Either of you can end the partnership at any time.",
        [WordingPassage.Confidentiality] = "What is said in sessions stays between the two of you. The coachee's line manager knows only that the partnership is taking place and the goals the coachee chooses to share. The scheme's HR team sees how many sessions are held and for how long, never what is said.",
        [WordingPassage.ConfidentialityLimits] = "Confidentiality is broken only where there is a risk of harm to the coachee or to others, where the law requires it, or where you both agree.",
        [WordingPassage.Versions] = "A change after either of you has signed makes a new version, which you both sign again. Every version is kept, and a signed version stays in force until you have both signed the next.",
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
    };

    public static WordingLanguage LanguageOf(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "cy" ? WordingLanguage.Welsh : WordingLanguage.English;

    public static CultureInfo CultureOf(WordingLanguage language) =>
        CultureInfo.GetCultureInfo(language == WordingLanguage.Welsh ? "cy-GB" : "en-GB");
}

/// <summary>
/// The standing text one agreement version shows: the organisation's edited versions it was signed under (or,
/// for a draft, those in force now), and the portal's default for every passage not edited.
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
