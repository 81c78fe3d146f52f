using CoachRegister.Web.Infrastructure.Forms;

namespace CoachRegister.Web.Features.SchemeSettings;

public sealed record AdministeredScheme(Guid Id, string Name, string Code, IReadOnlyList<string> OpenTo);

public sealed class SchemeSettingsListViewModel
{
    public List<AdministeredScheme> Schemes { get; init; } = [];
}

public sealed class RegisterSharingInput
{
    /// <summary>The partner schemes whose staff may browse this scheme's register.</summary>
    public List<Guid> OpenTo { get; set; } = [];
    public Guid ConcurrencyStamp { get; set; }
}

public sealed class RegisterSharingViewModel
{
    public Guid SchemeId { get; init; }
    public required string SchemeName { get; init; }
    public List<Choice> OtherSchemes { get; init; } = [];
    public List<string> OpenedToThisScheme { get; init; } = [];
    public required RegisterSharingInput Input { get; init; }
    public bool Saved { get; init; }
}
