using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachRegister.Data.Configurations;

public class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.HasOne(a => a.Match).WithMany().HasForeignKey(a => a.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.MatchId, a.Version }).IsUnique();
        builder.HasMany(a => a.Signatures).WithOne().HasForeignKey(s => s.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Frequency).HasMaxLength(200);
        builder.Property(a => a.Venue).HasMaxLength(400);
        builder.Property(a => a.FirstSessionVenue).HasMaxLength(400);
        builder.Property(a => a.ReviewPoint).HasMaxLength(400);
    }
}

public class AgreementSignatureConfiguration : IEntityTypeConfiguration<AgreementSignature>
{
    public void Configure(EntityTypeBuilder<AgreementSignature> builder)
    {
        builder.HasOne(s => s.Person).WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.AgreementId, s.Role }).IsUnique();
        builder.Property(s => s.SignedName).HasMaxLength(200);
    }
}

public class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> builder)
    {
        builder.Property(g => g.Description).HasMaxLength(1000);
        builder.HasOne<Match>().WithMany().HasForeignKey(g => g.MatchId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ThreeWayConfirmationConfiguration : IEntityTypeConfiguration<ThreeWayConfirmation>
{
    public void Configure(EntityTypeBuilder<ThreeWayConfirmation> builder)
    {
        builder.HasOne<Match>().WithMany().HasForeignKey(c => c.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.LineManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.MatchId).IsUnique();
        builder.Property(c => c.SignedName).HasMaxLength(200);
    }
}
