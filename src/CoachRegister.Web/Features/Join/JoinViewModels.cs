using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.CoachDirectory;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoachRegister.Web.Features.Join;

/// <summary>What every page of the form shows besides its own questions.</summary>
public abstract class JoinPage
{
    public bool ReturnToCheck { get; set; }

    /// <summary>The section this page asks.</summary>
    public abstract ApplicationSection Section { get; }

    /// <summary>The action of the page before this one in the scheme's form, set by the controller.</summary>
    [BindNever]
    public string BackAction { get; set; } = nameof(JoinController.Index);
}

public sealed class JoinStartViewModel
{
    /// <summary>The person's latest application, when there is one.</summary>
    public Guid? ApplicationId { get; init; }
    public ApplicationStatus? Status { get; init; }
    public bool OnRegister { get; init; }
    public string? LineManagerComment { get; init; }
    public string? DeclineReason { get; init; }
    public bool NoSchemeAvailable { get; init; }
}

public sealed class OfferPage : JoinPage
{
    public override ApplicationSection Section => ApplicationSection.Offer;

    public OfferType? Offers { get; set; }
    /// <summary>The register the person applies to join: their organisation's scheme.</summary>
    public string? SchemeName { get; set; }
}

public sealed class ExperiencePage : JoinPage
{
    public override ApplicationSection Section => ApplicationSection.Experience;

    public const int MaxLength = 4000;

    public string? ExperienceAndSkills { get; set; }
    public string? Motivation { get; set; }
    public string? RecentSupportOfOthers { get; set; }
    public string? PreviousExperienceAndOutcomes { get; set; }
}

public sealed class AreasPage : JoinPage
{
    public override ApplicationSection Section => ApplicationSection.Areas;

    public List<Guid> AreaIds { get; set; } = [];
    public List<Choice> Areas { get; set; } = [];
}

public sealed class QualificationsPage : JoinPage
{
    public override ApplicationSection Section => ApplicationSection.Qualifications;

    public const int MaxTitleLength = 200;

    public bool? HoldsAccreditation { get; set; }
    public AccreditationBody? Accreditation { get; set; }
    /// <summary>The body's name when <see cref="Accreditation"/> is another body.</summary>
    public string? AccreditationOther { get; set; }

    public QualificationAnswer? Ilm3 { get; set; }
    public QualificationAnswer? Ilm5 { get; set; }
    public QualificationAnswer? Ilm7 { get; set; }
    public QualificationAnswer? Other { get; set; }
    public string? OtherTitle { get; set; }
}

public sealed class ReferenceInput
{
    public string? Name { get; set; }
    public string? JobTitle { get; set; }
    public string? Email { get; set; }
    public string? Telephone { get; set; }
    public string? Relationship { get; set; }
}

public sealed class ReferencesPage : JoinPage
{
    public override ApplicationSection Section => ApplicationSection.References;

    public ReferenceInput Reference1 { get; set; } = new();
    public ReferenceInput Reference2 { get; set; } = new();
}

public sealed class PracticePage : JoinPage
{
    public override ApplicationSection Section => ApplicationSection.Practice;

    public PaymentRecipient? ClaimAs { get; set; }
    public string? PracticeName { get; set; }
    public string? PracticeAddress { get; set; }
    public string? PracticeCode { get; set; }
    public string? PracticeTelephone { get; set; }
    public string? PracticeManagerName { get; set; }
    public string? PracticeManagerEmail { get; set; }
    public string? PracticeManagerTelephone { get; set; }
    public bool? IsSelfEmployed { get; set; }
    public bool? SlaSigned { get; set; }
    public bool? HasLiabilityInsurance { get; set; }
}

public sealed class StartPage : JoinPage
{
    public override ApplicationSection Section => ApplicationSection.Start;

    public const int MaxDeclarationLength = 2000;

    public string? StartDay { get; set; }
    public string? StartMonth { get; set; }
    public string? StartYear { get; set; }
    public string? LineManagerEmail { get; set; }
    public string? DeclarationOfInterest { get; set; }

    /// <summary>Set by the controller from the person's record; never taken from the form.</summary>
    [BindNever]
    public string? RecordedLineManager { get; set; }

    /// <summary>The manager the draft names when it is not the recorded one, set by the controller.</summary>
    [BindNever]
    public string? ChosenLineManager { get; set; }
}

public sealed class CommitmentsPage : JoinPage
{
    public override ApplicationSection Section => ApplicationSection.Commitments;

    public bool AgreesToExpectations { get; set; }
    public bool ConfirmsCodeOfEthics { get; set; }
    public bool ConfirmsSupervisionAndCpd { get; set; }
    public bool ConfirmsLineManagerRelease { get; set; }
    public bool ConfirmsDataProcessing { get; set; }
}

/// <summary>The whole application read back: the check-your-answers page, the line manager's and HR's view.</summary>
public sealed class ApplicationSummary
{
    public Guid Id { get; init; }
    public required string ApplicantName { get; init; }
    public string? ApplicantEmail { get; init; }
    public string? ApplicantJobTitle { get; init; }
    public string? ApplicantOrganisation { get; init; }
    public string? ApplicantServiceArea { get; init; }
    public required string SchemeName { get; init; }
    public ApplicationStatus Status { get; init; }
    public OfferType Offers { get; init; }
    public string? ExperienceAndSkills { get; init; }
    public string? Motivation { get; init; }
    public string? RecentSupportOfOthers { get; init; }
    public string? PreviousExperienceAndOutcomes { get; init; }
    public List<AreaLabel> Areas { get; init; } = [];
    public bool HoldsAccreditation { get; init; }
    public AccreditationBody Accreditation { get; init; }
    public string? AccreditationOther { get; init; }
    public List<ApplicationQualification> Qualifications { get; init; } = [];
    public List<ProfessionalReference> References { get; init; } = [];
    public PracticeDetails? Practice { get; init; }
    public bool IsSelfEmployed { get; init; }
    public bool? SlaSigned { get; init; }
    public bool? HasLiabilityInsurance { get; init; }
    public DateOnly? ProposedStartDate { get; init; }
    public string? LineManagerName { get; init; }

    /// <summary>Whether the manager asked for support is the one on the applicant's record, read at display time.</summary>
    public bool LineManagerIsRecorded { get; init; }

    /// <summary>The scheme team has still to confirm the named line manager (the domain's AwaitsLineManagerConfirmation).</summary>
    public bool AwaitsLineManagerConfirmation { get; init; }
    public string? RecordedLineManagerName { get; init; }
    public string? DeclarationOfInterest { get; init; }
    public bool AllConfirmed { get; init; }
    public LineManagerSupport LineManagerSupport { get; init; }
    public string? LineManagerComment { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public InterviewOutcome InterviewOutcome { get; init; }
    public DateOnly? InterviewDate { get; init; }
    public string? InterviewNotes { get; init; }
    public string? DeclineReason { get; init; }
    public DateOnly? ExpectedStartDate { get; init; }
    public IReadOnlyList<ApplicationSection> Sections { get; init; } = [];
}

public sealed class CheckAnswersViewModel
{
    public required ApplicationSummary Summary { get; init; }
    public IReadOnlyList<ApplicationSection> Missing { get; init; } = [];
}

/// <summary>Who reads the summary: the applicant (with change links while it is a draft), their line manager, or the scheme team.</summary>
public enum SummaryReader
{
    Applicant,
    LineManager,
    SchemeTeam,
}

public sealed record ApplicationSummaryView(ApplicationSummary Summary, SummaryReader Reader, bool ShowChangeLinks = false);

/// <summary>The applicant's own application once sent: read back, and withdrawn while it is undecided.</summary>
public sealed class MyApplicationViewModel
{
    public required ApplicationSummary Summary { get; init; }
    public bool MayWithdraw { get; init; }
}
