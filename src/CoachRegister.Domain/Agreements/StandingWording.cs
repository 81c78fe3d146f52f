using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.People;

namespace CoachRegister.Domain.Agreements;

/// <summary>
/// The fixed paragraphs the portal prints: the agreement's, around the terms the two write themselves, and each
/// printed form's opening paragraph and notice (a notice worked out from the record, such as the parts of an
/// application kept from the line manager, is not standing wording). Stored by number: never renumber.
/// </summary>
public enum WordingPassage
{
    /// <summary>What coaching is, on a coaching agreement.</summary>
    WhatCoachingIs = 0,
    /// <summary>What mentoring is, on a mentoring agreement.</summary>
    WhatMentoringIs = 1,
    /// <summary>That coaching is never used for discipline, and either side may end it.</summary>
    NotForDiscipline = 2,
    /// <summary>Who learns what: the two of them, the line manager, HR.</summary>
    Confidentiality = 3,
    /// <summary>When confidentiality is broken.</summary>
    ConfidentialityLimits = 4,
    /// <summary>How a change makes a new version that both sign again.</summary>
    Versions = 5,
    CoachApplicationLead = 6,
    CoacheeApplicationLead = 7,
    /// <summary>The declaration of interest's opening paragraph, signed with the agreement.</summary>
    DeclarationLead = 8,
    DeclarationNotice = 9,
    MeetingPreparationLead = 10,
    MeetingPreparationNotice = 11,
    SessionRecordLead = 12,
    SessionRecordNotice = 13,
    ReflectionLead = 14,
    ReflectionNotice = 15,
    ReflectiveLogLead = 16,
    ReflectiveLogNotice = 17,
    SessionFeedbackLead = 18,
    SessionFeedbackNotice = 19,
    CoachRatingLead = 20,
    FinalEvaluationLead = 21,
    DevelopmentPlanLead = 22,
    DevelopmentPlanNotice = 23,
    PartnershipLead = 24,
    ActivityLead = 25,
}

/// <summary>The two languages the portal writes in.</summary>
public enum WordingLanguage
{
    English = 0,
    Welsh = 1,
}

/// <summary>
/// One saved version of an organisation's wording of one passage in one language. Versions are never
/// changed or deleted: an edit adds the next, so a signed agreement can keep pointing at the one it was
/// signed under.
/// </summary>
public class WordingVersion : Entity
{
    public const int MaxLength = 2000;

    public Guid OrganisationId { get; set; }
    public WordingPassage Passage { get; set; }
    public WordingLanguage Language { get; set; }
    public int Version { get; set; }
    public required string Text { get; set; }
    public Guid? EditedById { get; set; }
    public Person? EditedBy { get; set; }
    public DateTimeOffset EditedAt { get; set; }
}

/// <summary>
/// The history of one passage in one language for one organisation. Version 0 is the portal's own default
/// wording, which has no row; HR's edits are versions 1, 2, ...
/// </summary>
public sealed class StandingWording
{
    private readonly List<WordingVersion> _versions;

    public StandingWording(Guid organisationId, WordingPassage passage, WordingLanguage language, IEnumerable<WordingVersion> versions)
    {
        OrganisationId = organisationId;
        Passage = passage;
        Language = language;
        _versions = [.. versions.Where(v => v.OrganisationId == organisationId && v.Passage == passage && v.Language == language).OrderBy(v => v.Version)];
    }

    public Guid OrganisationId { get; }
    public WordingPassage Passage { get; }
    public WordingLanguage Language { get; }

    /// <summary>Every saved version, oldest first.</summary>
    public IReadOnlyList<WordingVersion> Versions => _versions;

    /// <summary>The version in force, or null while the default wording is.</summary>
    public WordingVersion? Current => _versions.Count == 0 ? null : _versions[^1];

    public int CurrentVersion => Current?.Version ?? 0;

    /// <summary>Who may see and edit an organisation's wording: HR of its scheme.</summary>
    public static RecordParties Parties(Guid schemeId) => new(RecordKind.StandingWording, schemeId);

    /// <summary>
    /// HR's edit, made from the version they were reading (<paramref name="basedOn"/>, 0 for the default).
    /// Returns the new version, or null when the text is the one already in force (nothing to keep). Someone
    /// else's save in between is refused rather than overwritten.
    /// </summary>
    public WordingVersion? Edit(int basedOn, string? text, Guid? editorId, DateTimeOffset at, string? defaultText = null)
    {
        if (basedOn != CurrentVersion)
        {
            throw new RuleBrokenException(Rule.WordingChangedMeanwhile);
        }

        var cleaned = Clean(text);
        if (cleaned.Length == 0 || cleaned.Length > WordingVersion.MaxLength)
        {
            throw new RuleBrokenException(Rule.WordingIncomplete);
        }

        if (cleaned == (Current?.Text ?? Clean(defaultText)))
        {
            return null;
        }

        var next = new WordingVersion
        {
            OrganisationId = OrganisationId,
            Passage = Passage,
            Language = Language,
            Version = CurrentVersion + 1,
            Text = cleaned,
            EditedById = editorId,
            EditedAt = at,
        };
        _versions.Add(next);
        return next;
    }

    /// <summary>Line endings made alike and the ends trimmed, so a paste from a word processor compares fairly.</summary>
    private static string Clean(string? text) =>
        (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
}

/// <summary>
/// The words of one passage in one language as an agreement printed them when it was first signed, and the
/// organisation's version they came from (none where the portal's default was printed).
/// </summary>
public sealed record PrintedPassage(WordingPassage Passage, WordingLanguage Language, string Text, Guid? WordingVersionId);

/// <summary>
/// The words of one passage in one language an agreement version was signed under: every passage in both
/// languages, the portal's default included, so that neither HR's later edits nor a new default in a release
/// change an agreement already signed.
/// </summary>
public class AgreementWording : Entity
{
    public Guid AgreementId { get; set; }
    public WordingPassage Passage { get; set; }
    public WordingLanguage Language { get; set; }
    public required string Text { get; set; }
    /// <summary>The organisation's version the text is, or null for the portal's default.</summary>
    public Guid? WordingVersionId { get; set; }
    public WordingVersion? WordingVersion { get; set; }
}
