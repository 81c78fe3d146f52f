using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Development.Compliance;

namespace CoachRegister.Domain.Schemes;

/// <summary>
/// A scheme's rule set. The numbers differ between real schemes (annual CPD minimums, caseload limits,
/// qualification deadlines), so they are data an HR admin can set, never constants in code.
/// </summary>
public class Scheme : Entity, IConcurrencyAware
{
    public required string Name { get; set; }
    public required string Code { get; set; }
    public string? Description { get; set; }

    /// <summary>What practitioners must do each year to stay on the register, edited by HR.</summary>
    public SchemeComplianceRules Compliance { get; set; } = new();

    /// <summary>Concurrent coachees allowed while the practitioner is still developing (in training).</summary>
    public int MaxCoacheesWhileDeveloping { get; set; } = 4;
    public int MaxCoachees { get; set; } = 8;

    /// <summary>Coaches may join through a passed competency-based interview instead of a qualification.</summary>
    public bool AllowsCompetencyInterview { get; set; }
    public bool RequiresReferences { get; set; }
    public bool RequiresPracticeDetails { get; set; }
    public bool PaysPractitioners { get; set; }

    public int TypicalSessionCount { get; set; } = 6;
    public int SessionMinutesMin { get; set; } = 60;
    public int SessionMinutesMax { get; set; } = 120;
    public int ReviewAfterSessions { get; set; } = 3;
    /// <summary>Months from the start after which the partnership is reviewed, if the sessions have not come first (004: about three).</summary>
    public int ReviewAfterMonths { get; set; } = 3;
    /// <summary>Both sides sign a declaration of interest with the agreement (004).</summary>
    public bool RequiresDeclarationOfInterest { get; set; }
    /// <summary>Cancellations in a row that trigger a review of the partnership.</summary>
    public int CancellationsBeforeReview { get; set; } = 2;

    /// <summary>How the scheme team matches requests: eligibility, score weights, days to answer a proposal.</summary>
    public Matching.MatchingSettings Matching { get; set; } = new();

    /// <summary>The partner schemes whose staff may browse this scheme's register.</summary>
    public List<RegisterOpening> RegisterOpenings { get; set; } = [];

    public Guid ConcurrencyStamp { get; set; }

    /// <summary>Opens the register to exactly <paramref name="partnerSchemeIds"/>, closing it to any other scheme.</summary>
    public void OpenRegisterTo(IReadOnlyCollection<Guid> partnerSchemeIds, Guid? byPersonId, DateTimeOffset at)
    {
        if (partnerSchemeIds.Contains(Id))
        {
            throw new RuleBrokenException(Rule.RegisterOpenedToItself);
        }

        RegisterOpenings.RemoveAll(o => !partnerSchemeIds.Contains(o.PartnerSchemeId));
        foreach (var partner in partnerSchemeIds.Where(p => RegisterOpenings.All(o => o.PartnerSchemeId != p)).Distinct())
        {
            RegisterOpenings.Add(new RegisterOpening { SchemeId = Id, PartnerSchemeId = partner, OpenedAt = at, OpenedById = byPersonId });
        }
    }

    /// <summary>The compliance rules as the checker reads them, with the scheme's caseload limits.</summary>
    public SchemeRequirements Requirements => Compliance.ToRequirements(new CaseloadLimits(MaxCoacheesWhileDeveloping, MaxCoachees));

    /// <summary>Takes the rules of a preset (or any requirements): minimums, year, notices and caseload limits.</summary>
    public void UseRequirements(SchemeRequirements requirements)
    {
        Compliance = SchemeComplianceRules.From(requirements, Compliance.RecordsStartOn);
        if ((requirements.Coaches.Caseload ?? requirements.Mentors.Caseload) is { } caseload)
        {
            MaxCoacheesWhileDeveloping = caseload.MaxWhileDeveloping;
            MaxCoachees = caseload.MaxQualified;
        }
    }

    public RecordParties AccessParties() => new(RecordKind.SchemeSettings, Id);
}

public enum QualificationLevel
{
    Ilm3 = 3,
    Ilm5 = 5,
    Ilm7 = 7,
    Other = 99,
}
