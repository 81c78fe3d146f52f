namespace CoachRegister.Web.Features.SchemeAdministrators;

public sealed record SchemeRow(Guid Id, string Name, string Code, IReadOnlyList<string> Administrators);

public sealed class SchemeListViewModel
{
    public List<SchemeRow> Schemes { get; init; } = [];
}

public sealed record AdministratorRow(Guid PersonId, string Name, string Email, IReadOnlyList<string> OtherSchemes);

public sealed class AddAdministratorInput
{
    public const int MaxEmailLength = 256;

    public string? Email { get; set; }
}

public sealed class SchemeAdministratorsViewModel
{
    public Guid SchemeId { get; init; }
    public required string SchemeName { get; init; }
    public List<AdministratorRow> Administrators { get; init; } = [];
    public required AddAdministratorInput Input { get; init; }
    public string? Saved { get; init; }
}
