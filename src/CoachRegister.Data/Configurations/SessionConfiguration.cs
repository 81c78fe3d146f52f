using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachRegister.Data.Configurations;

public class SessionRecordConfiguration : IEntityTypeConfiguration<SessionRecord>
{
    public void Configure(EntityTypeBuilder<SessionRecord> builder)
    {
        builder.HasOne(s => s.Match).WithMany().HasForeignKey(s => s.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.MatchId, s.SessionNumber }).IsUnique();

        // Covers the compliance evaluation's practice hours (held sessions by date), so that it never reads the table.
        builder.HasIndex(s => new { s.MatchId, s.MeetingDate, s.Status, s.StartTime, s.EndTime });
        builder.HasMany(s => s.Progress).WithOne().HasForeignKey(p => p.SessionRecordId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(s => s.Hours);
        builder.Ignore(s => s.Time);
        builder.Property(s => s.Venue).HasMaxLength(400);
        // The reminder job looks for planned sessions by date.
        builder.HasIndex(s => new { s.Status, s.MeetingDate });
    }
}

public class GoalProgressConfiguration : IEntityTypeConfiguration<GoalProgress>
{
    public void Configure(EntityTypeBuilder<GoalProgress> builder)
    {
        builder.HasOne<Goal>().WithMany().HasForeignKey(p => p.GoalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.SessionRecordId, p.GoalId }).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("CK_GoalProgress_Score", "Score BETWEEN 0 AND 10"));
    }
}

public class MeetingPreparationConfiguration : IEntityTypeConfiguration<MeetingPreparation>
{
    public void Configure(EntityTypeBuilder<MeetingPreparation> builder)
    {
        builder.HasOne<SessionRecord>().WithOne().HasForeignKey<MeetingPreparation>(p => p.SessionRecordId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class CoachPreparationReflectionConfiguration : IEntityTypeConfiguration<CoachPreparationReflection>
{
    public void Configure(EntityTypeBuilder<CoachPreparationReflection> builder)
    {
        builder.HasOne<SessionRecord>().WithOne().HasForeignKey<CoachPreparationReflection>(p => p.SessionRecordId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ReflectiveLogEntryConfiguration : IEntityTypeConfiguration<ReflectiveLogEntry>
{
    public void Configure(EntityTypeBuilder<ReflectiveLogEntry> builder)
    {
        builder.HasOne<CoachProfile>().WithMany().HasForeignKey(e => e.CoachProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Match>().WithMany().HasForeignKey(e => e.MatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.CoachProfileId, e.EntryDate });
    }
}

public class PartnershipReviewConfiguration : IEntityTypeConfiguration<PartnershipReview>
{
    public void Configure(EntityTypeBuilder<PartnershipReview> builder)
    {
        builder.HasOne<Match>().WithMany().HasForeignKey(r => r.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.MatchId, r.Reason });
        builder.Ignore(r => r.IsOpen);
    }
}
