using CoachRegister.Domain.Feedback;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachRegister.Data.Configurations;

public class CoachFeedbackConfiguration : IEntityTypeConfiguration<CoachFeedback>
{
    public void Configure(EntityTypeBuilder<CoachFeedback> builder)
    {
        builder.HasOne<Match>().WithMany().HasForeignKey(f => f.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SessionRecord>().WithMany().HasForeignKey(f => f.SessionRecordId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(f => f.Ratings).WithOne().HasForeignKey(r => r.CoachFeedbackId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class AttributeRatingConfiguration : IEntityTypeConfiguration<AttributeRating>
{
    public void Configure(EntityTypeBuilder<AttributeRating> builder)
    {
        builder.HasIndex(r => new { r.CoachFeedbackId, r.Attribute }).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("CK_AttributeRating_Score", "Score BETWEEN 1 AND 10"));
    }
}

public class FinalEvaluationConfiguration : IEntityTypeConfiguration<FinalEvaluation>
{
    public void Configure(EntityTypeBuilder<FinalEvaluation> builder)
    {
        builder.HasOne<Match>().WithMany().HasForeignKey(e => e.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.MatchId).IsUnique();
    }
}
