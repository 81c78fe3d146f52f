using CoachRegister.Domain.Common;

namespace CoachRegister.Domain.Register;

/// <summary>An area of coaching a practitioner offers (leadership, managing change...). HR keeps the list as data.</summary>
public class CoachingArea : Entity
{
    public required string Name { get; set; }
    public string? NameWelsh { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
}
