using CoachRegister.Domain.Development;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using CoachRegister.Web.Features.Compliance;
using CoachRegister.Web.Infrastructure.Forms;

namespace CoachRegister.Web.Features.Cpd;

public sealed class CpdInput
{
    public const int MaxTitleLength = 200;
    public const int MaxReflectionLength = 4000;

    public CpdKind? Kind { get; set; }
    public string? Title { get; set; }
    public string? Provider { get; set; }
    public DateOnly? Date { get; set; }
    public decimal? Hours { get; set; }
    public string? Reflection { get; set; }
    public IFormFile? Evidence { get; set; }
}

public sealed class SupervisionInput
{
    public const int MaxNotesLength = 2000;

    public SupervisionKind? Kind { get; set; }
    public Guid? SupervisorId { get; set; }
    public DateOnly? Date { get; set; }
    public decimal? Hours { get; set; }
    public string? Notes { get; set; }
}

public sealed class QualificationInput
{
    public QualificationStatus? Status { get; set; }
    public DateOnly? FirstAssignmentSubmittedOn { get; set; }
    public DateOnly? AchievedOn { get; set; }
}

public sealed class CpdFormViewModel
{
    public required CpdInput Input { get; init; }
    public required IReadOnlyList<Choice> Kinds { get; init; }
    public long MaxEvidenceBytes { get; init; }
}

public sealed class SupervisionFormViewModel
{
    public required SupervisionInput Input { get; init; }
    public required IReadOnlyList<Choice> Kinds { get; init; }
    public required IReadOnlyList<Choice> Supervisors { get; init; }
}

public sealed class QualificationFormViewModel
{
    public required QualificationRow Qualification { get; init; }
    public required QualificationInput Input { get; init; }
}

public sealed class DevelopmentPageViewModel
{
    public required DevelopmentRecordView Record { get; init; }
}
