using CoachRegister.Domain.Agreements;

namespace CoachRegister.Web.Features.HrWording;

public sealed record WordingOrganisation(Guid Id, string Name, string SchemeName, int EditedPassages);

public sealed class WordingOrganisationsViewModel
{
    public List<WordingOrganisation> Organisations { get; init; } = [];
}

/// <summary>One passage in one language as it stands now: HR's latest version, or the default (version 0).</summary>
public sealed record PassageInForce(WordingPassage Passage, WordingLanguage Language, string Text, int Version, string? EditedBy, DateTimeOffset? EditedAt);

public sealed class OrganisationWordingViewModel
{
    public Guid OrganisationId { get; init; }
    public required string Name { get; init; }
    public List<PassageInForce> Passages { get; init; } = [];
    public string? Done { get; init; }
    /// <summary>The passage just saved, whose form's group opens.</summary>
    public WordingPassage? Saved { get; init; }

    public PassageRows Rows(WordingPassage passage) => new(OrganisationId, passage, [.. Passages.Where(p => p.Passage == passage)]);
}

/// <summary>One passage's wording in each language, with a link to change each.</summary>
public sealed record PassageRows(Guid OrganisationId, WordingPassage Passage, IReadOnlyList<PassageInForce> Languages);

/// <summary>An edit of one passage, with the version it started from so a save in between is noticed.</summary>
public sealed class WordingInput
{
    public int BasedOn { get; set; }
    public string? Text { get; set; }
}

public sealed record WordingHistoryRow(int Version, string Text, string? EditedBy, DateTimeOffset EditedAt);

public sealed class EditWordingViewModel
{
    public Guid OrganisationId { get; init; }
    public required string OrganisationName { get; init; }
    public WordingPassage Passage { get; init; }
    public WordingLanguage Language { get; init; }
    public required string DefaultText { get; init; }
    public required WordingInput Input { get; init; }
    /// <summary>Newest first; the default wording (version 0) is not a row.</summary>
    public List<WordingHistoryRow> History { get; init; } = [];
    /// <summary>Set when someone else saved while this person was editing.</summary>
    public bool Conflict { get; init; }
}
