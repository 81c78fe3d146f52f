using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;

namespace CoachRegister.Domain.Register;

/// <summary>An area of coaching a practitioner offers (leadership, managing change...). HR keeps the list as data.</summary>
public class CoachingArea : Entity
{
    public required string Name { get; set; }
    public string? NameWelsh { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>The list is shared by every scheme's register: each scheme's team keeps it.</summary>
    public static readonly RecordParties AccessParties = new(RecordKind.RegisterReferenceData, SchemeId: null);
}
