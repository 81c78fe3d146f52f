using CoachRegister.Data;
using CoachRegister.Domain.Development;
using CoachRegister.Domain.Development.Compliance;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Compliance;

public sealed record CpdRow(Guid Id, DateOnly Date, CpdKind Kind, string Title, string? Provider, decimal Hours, string? Reflection, bool HasEvidenceFile);

public sealed record SupervisionRow(Guid Id, DateOnly Date, SupervisionKind Kind, decimal Hours, string? SupervisorName, bool Confirmed);

public sealed record QualificationRow(Guid Id, QualificationLevel Level, string? Title, QualificationStatus Status, DateOnly? FirstAssignmentSubmittedOn, DateOnly? AchievedOn);

public sealed record ExtensionRow(RequirementKind Requirement, DateOnly OriginalDeadline, DateOnly NewDeadline, string Reason);

/// <summary>A practitioner's development record and standing, as the coach, their supervisor and HR see it.</summary>
public sealed class DevelopmentRecordView
{
    public required PractitionerStanding Standing { get; init; }
    public required string SchemeName { get; init; }
    public required List<CpdRow> Cpd { get; init; }
    public required List<SupervisionRow> Supervision { get; init; }
    public required List<QualificationRow> Qualifications { get; init; }
    public required List<ExtensionRow> Extensions { get; init; }
    /// <summary>Where evidence links point and whether the page offers the owner's actions.</summary>
    public bool IsOwner { get; init; }
}

/// <summary>Loads one practitioner's record after the caller has checked access to it.</summary>
public sealed class DevelopmentRecords(AppDbContext db, ComplianceEvaluation evaluation, TimeProvider time)
{
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>The profile's owner, scheme and allocated supervisor: what the access policy needs.</summary>
    public async Task<(Guid ProfileId, Guid SchemeId, Guid OwnerPersonId, Guid? SupervisorPersonId)?> PartiesAsync(Guid profileId, CancellationToken ct) =>
        await db.CoachProfiles.AsNoTracking().Where(p => p.Id == profileId)
            .Select(p => new ValueTuple<Guid, Guid, Guid, Guid?>(p.Id, p.SchemeId, p.PersonId, p.SupportingMentor == null ? null : p.SupportingMentor.PersonId))
            .Cast<(Guid, Guid, Guid, Guid?)?>()
            .FirstOrDefaultAsync(ct);

    public async Task<Guid?> ProfileOfAsync(Guid personId, CancellationToken ct) =>
        await db.CoachProfiles.AsNoTracking().Where(p => p.PersonId == personId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);

    public async Task<DevelopmentRecordView?> LoadAsync(Guid profileId, bool isOwner, CancellationToken ct)
    {
        var profile = await db.CoachProfiles.AsNoTracking().Where(p => p.Id == profileId)
            .Select(p => new { p.SchemeId, SchemeName = p.Scheme!.Name }).FirstOrDefaultAsync(ct);
        if (profile is null)
        {
            return null;
        }

        var standings = await evaluation.EvaluateAsync(profile.SchemeId, Today, [profileId], ct);
        var standing = standings.Count == 0 ? null : standings[0];
        if (standing is null)
        {
            return null;
        }

        return new DevelopmentRecordView
        {
            Standing = standing,
            SchemeName = profile.SchemeName,
            IsOwner = isOwner,
            Cpd = await db.CpdActivities.AsNoTracking().Where(c => c.CoachProfileId == profileId).OrderByDescending(c => c.Date)
                .Select(c => new CpdRow(c.Id, c.Date, c.Kind, c.Title, c.Provider, c.Hours, c.Description, c.HasEvidenceFile)).ToListAsync(ct),
            Supervision = await db.SupervisionSessions.AsNoTracking().Where(s => s.CoachProfileId == profileId).OrderByDescending(s => s.Date)
                .Select(s => new SupervisionRow(s.Id, s.Date, s.Kind, s.Hours, s.Supervisor == null ? null : s.Supervisor.GivenName + " " + s.Supervisor.FamilyName, s.ConfirmedBySupervisor))
                .ToListAsync(ct),
            Qualifications = await db.Qualifications.AsNoTracking().Where(q => q.CoachProfileId == profileId).OrderBy(q => q.Level)
                .Select(q => new QualificationRow(q.Id, q.Level, q.Title, q.Status, q.FirstAssignmentSubmittedOn, q.AchievedOn)).ToListAsync(ct),
            Extensions = await db.ComplianceExtensions.AsNoTracking().Where(e => e.CoachProfileId == profileId).OrderByDescending(e => e.GrantedAt)
                .Select(e => new ExtensionRow(e.Requirement, e.OriginalDeadline, e.NewDeadline, e.Reason)).ToListAsync(ct),
        };
    }
}
