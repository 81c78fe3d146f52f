namespace CoachRegister.Web.Features.HrAreas;

public sealed class AreaInput
{
    public const int MaxNameLength = 200;

    public string? Name { get; set; }
    public string? NameWelsh { get; set; }
    public string? SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
}

public sealed class AreaRow
{
    public Guid Id { get; init; }
    public required string Name { get; init; }
    public string? NameWelsh { get; init; }
    public int SortOrder { get; init; }
    public bool IsActive { get; init; }
}

public sealed class AreasViewModel
{
    public List<AreaRow> Areas { get; init; } = [];
    public required AreaInput NewArea { get; init; }
}

public sealed class EditAreaViewModel
{
    public Guid Id { get; init; }
    public required AreaInput Input { get; init; }
}
