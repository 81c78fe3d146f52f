using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachRegister.Data.Configurations;

public class MatchRequestConfiguration : IEntityTypeConfiguration<MatchRequest>
{
    public void Configure(EntityTypeBuilder<MatchRequest> builder)
    {
        builder.HasOne(r => r.Requester).WithMany().HasForeignKey(r => r.RequesterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.LineManager).WithMany().HasForeignKey(r => r.LineManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Scheme).WithMany().HasForeignKey(r => r.SchemeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.PreferredCoach).WithMany().HasForeignKey(r => r.PreferredCoachId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CoachProfile>().WithMany().HasForeignKey(r => r.SecondPreferredCoachId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CoachProfile>().WithMany().HasForeignKey(r => r.ThirdPreferredCoachId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Matches).WithOne(m => m.MatchRequest).HasForeignKey(m => m.MatchRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.AreasNeeded).WithMany().UsingEntity("MatchRequestAreas");
        builder.HasMany(r => r.History).WithOne().HasForeignKey(h => h.MatchRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Reason1).HasMaxLength(MatchRequestLimits.Reason);
        builder.Property(r => r.Reason2).HasMaxLength(MatchRequestLimits.Reason);
        builder.Property(r => r.Reason3).HasMaxLength(MatchRequestLimits.Reason);
        builder.Property(r => r.GoalsForSelf).HasMaxLength(MatchRequestLimits.Goal);
        builder.Property(r => r.GoalsForTeam).HasMaxLength(MatchRequestLimits.Goal);
        builder.Property(r => r.GoalsForOrganisation).HasMaxLength(MatchRequestLimits.Goal);
        builder.Property(r => r.PreferredTimes).HasMaxLength(MatchRequestLimits.PreferredTimes);
        builder.Property(r => r.LineManagerComment).HasMaxLength(MatchRequestLimits.Comment);
        builder.Property(r => r.WaitlistReason).HasMaxLength(MatchRequestLimits.Comment);
        builder.Property(r => r.ProtectedHoursPerMonth).HasPrecision(5, 2);
        builder.HasIndex(r => new { r.Status, r.SubmittedAt });
        builder.HasIndex(r => new { r.SchemeId, r.Status });
        builder.HasIndex(r => new { r.LineManagerId, r.Status });
        builder.HasIndex(r => new { r.RequesterId, r.Status });
    }
}

public class MatchRequestStatusChangeConfiguration : IEntityTypeConfiguration<MatchRequestStatusChange>
{
    public void Configure(EntityTypeBuilder<MatchRequestStatusChange> builder) =>
        builder.Property(h => h.Note).HasMaxLength(MatchRequestLimits.Comment);
}

public class CohortPlanConfiguration : IEntityTypeConfiguration<CohortPlan>
{
    public void Configure(EntityTypeBuilder<CohortPlan> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(CohortPlan.MaxNameLength);
        builder.HasOne<Scheme>().WithMany().HasForeignKey(c => c.SchemeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Entries).WithOne().HasForeignKey(e => e.CohortPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Pool).WithOne().HasForeignKey(e => e.CohortPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.SchemeId, c.Status });
    }
}

public class CohortPlanEntryConfiguration : IEntityTypeConfiguration<CohortPlanEntry>
{
    public void Configure(EntityTypeBuilder<CohortPlanEntry> builder)
    {
        builder.HasOne<MatchRequest>().WithMany().HasForeignKey(e => e.MatchRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CoachProfile>().WithMany().HasForeignKey(e => e.CoachProfileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.CohortPlanId, e.MatchRequestId }).IsUnique();
    }
}

public class CohortPlanCoachConfiguration : IEntityTypeConfiguration<CohortPlanCoach>
{
    public void Configure(EntityTypeBuilder<CohortPlanCoach> builder)
    {
        builder.HasKey(c => new { c.CohortPlanId, c.CoachProfileId });
        builder.HasOne<CoachProfile>().WithMany().HasForeignKey(c => c.CoachProfileId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class MatchConfiguration : IEntityTypeConfiguration<Match>
{
    public void Configure(EntityTypeBuilder<Match> builder)
    {
        builder.HasOne(m => m.Coach).WithMany().HasForeignKey(m => m.CoachProfileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Coachee).WithMany().HasForeignKey(m => m.CoacheeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.History).WithOne().HasForeignKey(h => h.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(m => m.EndReason).HasMaxLength(2000);
        builder.HasIndex(m => new { m.CoachProfileId, m.Status });
        builder.HasIndex(m => new { m.CoacheeId, m.Status });
        // The deadline job looks for proposals by status and due time.
        builder.HasIndex(m => new { m.Status, m.RespondBy });
        // A request's matches: only matches made from a request are indexed, so the index holds no run of nulls
        // (direct and cohort-free matches) that would make it look useless to SQLite's statistics.
        builder.HasIndex(m => m.MatchRequestId).HasFilter("[MatchRequestId] IS NOT NULL");
    }
}

public class MatchStatusChangeConfiguration : IEntityTypeConfiguration<MatchStatusChange>
{
    public void Configure(EntityTypeBuilder<MatchStatusChange> builder) =>
        builder.Property(h => h.Reason).HasMaxLength(2000);
}

public class PartnershipEndingConfiguration : IEntityTypeConfiguration<PartnershipEnding>
{
    public void Configure(EntityTypeBuilder<PartnershipEnding> builder)
    {
        builder.HasOne<Match>().WithMany().HasForeignKey(e => e.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.MatchId).IsUnique();
        builder.Property(e => e.PrivateReason).HasMaxLength(2000);
    }
}
