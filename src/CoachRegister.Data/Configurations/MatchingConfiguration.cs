using CoachRegister.Domain.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachRegister.Data.Configurations;

public class MatchRequestConfiguration : IEntityTypeConfiguration<MatchRequest>
{
    public void Configure(EntityTypeBuilder<MatchRequest> builder)
    {
        builder.HasOne(r => r.Requester).WithMany().HasForeignKey(r => r.RequesterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.LineManager).WithMany().HasForeignKey(r => r.LineManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.PreferredCoach).WithMany().HasForeignKey(r => r.PreferredCoachId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Matches).WithOne(m => m.MatchRequest).HasForeignKey(m => m.MatchRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.Status, r.SubmittedAt });
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
