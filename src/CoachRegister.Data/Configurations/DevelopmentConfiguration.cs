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
        builder.HasOne<CoachProfile>().WithMany().HasForeignKey(c => c.CoachProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.CoachProfileId, c.Date });
    }
}

public class SupervisionSessionConfiguration : IEntityTypeConfiguration<SupervisionSession>
{
    public void Configure(EntityTypeBuilder<SupervisionSession> builder)
    {
        builder.HasOne<CoachProfile>().WithMany().HasForeignKey(s => s.CoachProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Supervisor).WithMany().HasForeignKey(s => s.SupervisorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.CoachProfileId, s.Date });
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
