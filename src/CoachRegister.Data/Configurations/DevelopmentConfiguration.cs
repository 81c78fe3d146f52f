using CoachRegister.Domain.Development;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachRegister.Data.Configurations;

public class CpdActivityConfiguration : IEntityTypeConfiguration<CpdActivity>
{
    public void Configure(EntityTypeBuilder<CpdActivity> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Provider).HasMaxLength(200);
        builder.HasOne<CoachProfile>().WithMany().HasForeignKey(c => c.CoachProfileId).OnDelete(DeleteBehavior.Cascade);

        // Covers the compliance evaluation's seek per practitioner, so that it never reads the table.
        builder.HasIndex(c => new { c.CoachProfileId, c.Date, c.Kind });
        builder.Ignore(c => c.IsTrainingWorkshop);
    }
}

public class CpdEvidenceFileConfiguration : IEntityTypeConfiguration<CpdEvidenceFile>
{
    public void Configure(EntityTypeBuilder<CpdEvidenceFile> builder)
    {
        builder.Property(f => f.StoredName).HasMaxLength(64);
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.HasOne<CpdActivity>().WithOne().HasForeignKey<CpdEvidenceFile>(f => f.CpdActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.StoredName).IsUnique();
    }
}

public class ComplianceExtensionGrantConfiguration : IEntityTypeConfiguration<ComplianceExtensionGrant>
{
    public void Configure(EntityTypeBuilder<ComplianceExtensionGrant> builder)
    {
        builder.ToTable("ComplianceExtensions");
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.HasOne<CoachProfile>().WithMany().HasForeignKey(e => e.CoachProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.CoachProfileId);
    }
}

public class ComplianceReminderSentConfiguration : IEntityTypeConfiguration<ComplianceReminderSent>
{
    public void Configure(EntityTypeBuilder<ComplianceReminderSent> builder)
    {
        builder.ToTable("ComplianceReminders");
        builder.HasOne<CoachProfile>().WithMany().HasForeignKey(r => r.CoachProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CoachProfileId, r.Requirement, r.Deadline, r.DaysBefore }).IsUnique();
    }
}

public class ComplianceStandingConfiguration : IEntityTypeConfiguration<ComplianceStanding>
{
    public void Configure(EntityTypeBuilder<ComplianceStanding> builder)
    {
        builder.HasKey(s => s.CoachProfileId);
        builder.HasOne<CoachProfile>().WithOne().HasForeignKey<ComplianceStanding>(s => s.CoachProfileId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class SupervisionSessionConfiguration : IEntityTypeConfiguration<SupervisionSession>
{
    public void Configure(EntityTypeBuilder<SupervisionSession> builder)
    {
        builder.HasOne<CoachProfile>().WithMany().HasForeignKey(s => s.CoachProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Supervisor).WithMany().HasForeignKey(s => s.SupervisorId).OnDelete(DeleteBehavior.Restrict);

        // Covers the compliance evaluation's seek per practitioner, so that it never reads the table.
        builder.HasIndex(s => new { s.CoachProfileId, s.Date, s.Kind, s.Hours, s.ConfirmedBySupervisor });
        builder.HasIndex(s => new { s.SupervisorId, s.ConfirmedBySupervisor });
        builder.Property(s => s.Notes).HasMaxLength(2000);
        builder.Ignore(s => s.IsSupervision);
    }
}

public class DevelopmentPlanItemConfiguration : IEntityTypeConfiguration<DevelopmentPlanItem>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlanItem> builder)
    {
        builder.Property(i => i.Topic).HasMaxLength(400);
        builder.HasOne<Match>().WithMany().HasForeignKey(i => i.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.History).WithOne().HasForeignKey(r => r.DevelopmentPlanItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.MatchId, i.Date });
        builder.Ignore(i => i.Text);
    }
}

public class DevelopmentPlanRevisionConfiguration : IEntityTypeConfiguration<DevelopmentPlanRevision>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlanRevision> builder) =>
        builder.Property(r => r.Topic).HasMaxLength(400);
}
