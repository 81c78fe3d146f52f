using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Organisations;
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
        builder.HasMany(a => a.Wording).WithOne().HasForeignKey(w => w.AgreementId).OnDelete(DeleteBehavior.Cascade);
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

public class WordingVersionConfiguration : IEntityTypeConfiguration<WordingVersion>
{
    public void Configure(EntityTypeBuilder<WordingVersion> builder)
    {
        builder.HasOne<Organisation>().WithMany().HasForeignKey(v => v.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.EditedBy).WithMany().HasForeignKey(v => v.EditedById).OnDelete(DeleteBehavior.SetNull);
        // The unique version number is the concurrency check: two HR saves from the same version cannot both land.
        builder.HasIndex(v => new { v.OrganisationId, v.Passage, v.Language, v.Version }).IsUnique();
        builder.Property(v => v.Text).HasMaxLength(WordingVersion.MaxLength);
    }
}

public class AgreementWordingConfiguration : IEntityTypeConfiguration<AgreementWording>
{
    public void Configure(EntityTypeBuilder<AgreementWording> builder)
    {
        builder.HasOne(w => w.WordingVersion).WithMany().HasForeignKey(w => w.WordingVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => new { w.AgreementId, w.Passage, w.Language }).IsUnique();
        builder.HasIndex(w => w.WordingVersionId);
        builder.Property(w => w.Text).HasMaxLength(WordingVersion.MaxLength);
    }
}
