using System.Text.Json;
using CoachRegister.Data;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.CoachDirectory;
using CoachRegister.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Join;

/// <summary>Reads an application back in full, for the applicant, the line manager and HR alike.</summary>
public sealed class ApplicationReader(AppDbContext db)
{
    private static readonly JsonSerializerOptions SnapshotOptions = new(JsonSerializerDefaults.General);

    /// <summary>The summary as text, to keep what a line manager read when they answered.</summary>
    public static string Snapshot(ApplicationSummary summary) => JsonSerializer.Serialize(summary, SnapshotOptions);

    public static ApplicationSummary FromSnapshot(string snapshot) =>
        JsonSerializer.Deserialize<ApplicationSummary>(snapshot, SnapshotOptions)
        ?? throw new InvalidOperationException("An empty application snapshot.");

    /// <summary>
    /// What the line manager reads, and whether they have answered: once the application has moved on or they may no
    /// longer answer it, the application as it was when they answered; while they have still to answer, as it is.
    /// Their support page and their printed copy both read this.
    /// </summary>
    public async Task<(ApplicationSummary? Summary, bool Answered)> ForLineManagerAsync(CoachApplication application, PortalAccess access, CancellationToken ct)
    {
        var answered = application.Status != ApplicationStatus.AwaitingLineManager || !await access.MayChangeAsync(application.SupportRequestParties());
        return (answered && application.LineManagerAnswerSnapshot is { } snapshot ? FromSnapshot(snapshot) : await SummaryAsync(application.Id, ct), answered);
    }

    public async Task<ApplicationSummary?> SummaryAsync(Guid id, CancellationToken ct)
    {
        var a = await db.CoachApplications.AsNoTracking().AsSplitQuery()
            .Include(x => x.Applicant!).ThenInclude(p => p.Organisation)
            .Include(x => x.Applicant!).ThenInclude(p => p.ServiceArea)
            .Include(x => x.Applicant!).ThenInclude(p => p.LineManager)
            .Include(x => x.Scheme)
            .Include(x => x.LineManager)
            .Include(x => x.Areas)
            .Include(x => x.Qualifications)
            .Include(x => x.References)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
        {
            return null;
        }

        return new ApplicationSummary
        {
            Id = a.Id,
            ApplicantName = a.Applicant!.FullName,
            ApplicantEmail = a.Applicant.Email,
            ApplicantJobTitle = a.Applicant.JobTitle,
            ApplicantOrganisation = a.Applicant.Organisation?.Name,
            ApplicantServiceArea = a.Applicant.ServiceArea?.Name,
            SchemeName = a.Scheme!.Name,
            Status = a.Status,
            Offers = a.Offers,
            ExperienceAndSkills = a.ExperienceAndSkills,
            Motivation = a.Motivation,
            RecentSupportOfOthers = a.RecentSupportOfOthers,
            PreviousExperienceAndOutcomes = a.PreviousExperienceAndOutcomes,
            Areas = a.Areas.OrderBy(x => x.SortOrder).ThenBy(x => x.Name).Select(x => new AreaLabel(x.Name, x.NameWelsh)).ToList(),
            HoldsAccreditation = a.HoldsAccreditation,
            Accreditation = a.Accreditation,
            AccreditationOther = a.AccreditationOther,
            Qualifications = a.Qualifications.OrderBy(q => q.Level).ToList(),
            References = a.References.OrderBy(r => r.Id).ToList(),
            Practice = a.Practice,
            IsSelfEmployed = a.IsSelfEmployed,
            SlaSigned = a.SlaSigned,
            HasLiabilityInsurance = a.HasLiabilityInsurance,
            ProposedStartDate = a.ProposedStartDate,
            LineManagerName = a.LineManager?.FullName,
            LineManagerIsRecorded = a.LineManagerId == a.Applicant.LineManagerId,
            AwaitsLineManagerConfirmation = a.AwaitsLineManagerConfirmation,
            RecordedLineManagerName = a.Applicant.LineManager?.FullName,
            DeclarationOfInterest = a.DeclarationOfInterest,
            AllConfirmed = ApplicationRules.IsComplete(a, ApplicationSection.Commitments),
            LineManagerSupport = a.LineManagerSupport,
            LineManagerComment = a.LineManagerComment,
            SubmittedAt = a.SubmittedAt,
            InterviewOutcome = a.InterviewOutcome,
            InterviewDate = a.InterviewDate,
            InterviewNotes = a.InterviewNotes,
            DeclineReason = a.DeclineReason,
            ExpectedStartDate = a.ExpectedStartDate,
            Sections = ApplicationRules.SectionsFor(a.Scheme),
        };
    }
}
