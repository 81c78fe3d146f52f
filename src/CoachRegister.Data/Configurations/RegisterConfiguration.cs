using CoachRegister.Domain.Register;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachRegister.Data.Configurations;

public class CoachingAreaConfiguration : IEntityTypeConfiguration<CoachingArea>
{
    public void Configure(EntityTypeBuilder<CoachingArea> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.NameWelsh).HasMaxLength(200);
        builder.HasIndex(a => a.Name).IsUnique();
    }
}

public class CoachProfileConfiguration : IEntityTypeConfiguration<CoachProfile>
{
    public void Configure(EntityTypeBuilder<CoachProfile> builder)
    {
        builder.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.PersonId).IsUnique();
        builder.HasOne(p => p.Scheme).WithMany().HasForeignKey(p => p.SchemeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.SupportingMentor).WithMany().HasForeignKey(p => p.SupportingMentorId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Location).HasMaxLength(200);
        builder.Property(p => p.AccreditationOther).HasMaxLength(200);
        builder.Property(p => p.PausedReason).HasMaxLength(1000);
        builder.Property(p => p.FeesDetails).HasMaxLength(1000);
        builder.HasMany(p => p.Areas).WithMany().UsingEntity("CoachProfileAreas");
        builder.HasMany(p => p.Qualifications).WithOne().HasForeignKey(q => q.CoachProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.History).WithOne().HasForeignKey(h => h.CoachProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CoachProfilePhoto>().WithOne().HasForeignKey<CoachProfilePhoto>(p => p.CoachProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.Status, p.Offers });
        builder.HasIndex(p => p.SchemeId);
        builder.Property(p => p.SortFamilyName).HasMaxLength(200);
        builder.Property(p => p.SortGivenName).HasMaxLength(200);
        // The directory's filter and order (published, scheme, places first, name) as one index, with the columns
        // the other filters read after it, so a page of ids is read from the index alone (docs/PERFORMANCE.md).
        builder.HasIndex(
                p => new { p.Status, p.SchemeId, p.HasPlacesNow, p.SortFamilyName, p.SortGivenName, p.Id, p.Offers, p.Formats, p.IsTrainedSupervisor },
                "IX_CoachProfiles_Directory")
            .IsDescending(false, false, true, false, false, false, false, false, false);
        // Matching's coaches (MatchingFacts): the scheme's published profiles with places, with every column the
        // suggestions read, so the candidates come from the index alone.
        builder.HasIndex(
            p => new { p.SchemeId, p.Status, p.HasPlacesNow, p.Offers, p.Formats, p.Id, p.PersonId, p.AcceptingNewCoachees, p.Capacity, p.PlacesUsed, p.ConcurrencyStamp },
            "IX_CoachProfiles_Matching");
    }
}

public class CoachProfilePhotoConfiguration : IEntityTypeConfiguration<CoachProfilePhoto>
{
    public void Configure(EntityTypeBuilder<CoachProfilePhoto> builder)
    {
        builder.HasKey(p => p.CoachProfileId);
        builder.Property(p => p.ContentType).HasMaxLength(50);
    }
}

public class ProfileStatusChangeConfiguration : IEntityTypeConfiguration<ProfileStatusChange>
{
    public void Configure(EntityTypeBuilder<ProfileStatusChange> builder) =>
        builder.Property(c => c.Note).HasMaxLength(2000);
}

public class QualificationConfiguration : IEntityTypeConfiguration<Qualification>
{
    public void Configure(EntityTypeBuilder<Qualification> builder) =>
        builder.Property(q => q.Title).HasMaxLength(200);
}

public class CoachApplicationConfiguration : IEntityTypeConfiguration<CoachApplication>
{
    public void Configure(EntityTypeBuilder<CoachApplication> builder)
    {
        builder.HasOne(a => a.Applicant).WithMany().HasForeignKey(a => a.ApplicantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.LineManager).WithMany().HasForeignKey(a => a.LineManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.DecidedBy).WithMany().HasForeignKey(a => a.DecidedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Scheme).WithMany().HasForeignKey(a => a.SchemeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Areas).WithMany().UsingEntity("CoachApplicationAreas");
        builder.HasMany(a => a.Qualifications).WithOne().HasForeignKey(q => q.CoachApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.References).WithOne().HasForeignKey(r => r.CoachApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.History).WithOne().HasForeignKey(h => h.CoachApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsOne(a => a.Practice, p =>
        {
            p.Property(x => x.PracticeName).HasMaxLength(200);
            p.Property(x => x.PracticeCode).HasMaxLength(20);
            p.Property(x => x.PracticeTelephone).HasMaxLength(40);
            p.Property(x => x.PracticeManagerName).HasMaxLength(200);
            p.Property(x => x.PracticeManagerEmail).HasMaxLength(256);
            p.Property(x => x.PracticeManagerTelephone).HasMaxLength(40);
        });
        builder.Property(a => a.DeclineReason).HasMaxLength(2000);
        builder.Property(a => a.LineManagerComment).HasMaxLength(2000);
        builder.Property(a => a.AccreditationOther).HasMaxLength(200);
        // The whole application as the line manager read it: as long as all its answers together.
        builder.Property(a => a.LineManagerAnswerSnapshot).HasMaxLength(-1);
        builder.HasIndex(a => new { a.Status, a.SubmittedAt });
        builder.HasIndex(a => new { a.SchemeId, a.Status });
    }
}

public class ApplicationStatusChangeConfiguration : IEntityTypeConfiguration<ApplicationStatusChange>
{
    public void Configure(EntityTypeBuilder<ApplicationStatusChange> builder) =>
        builder.Property(c => c.Note).HasMaxLength(2000);
}

public class ApplicationQualificationConfiguration : IEntityTypeConfiguration<ApplicationQualification>
{
    public void Configure(EntityTypeBuilder<ApplicationQualification> builder) =>
        builder.Property(q => q.Title).HasMaxLength(200);
}

public class ProfessionalReferenceConfiguration : IEntityTypeConfiguration<ProfessionalReference>
{
    public void Configure(EntityTypeBuilder<ProfessionalReference> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.JobTitle).HasMaxLength(200);
        builder.Property(r => r.Email).HasMaxLength(256);
        builder.Property(r => r.Telephone).HasMaxLength(40);
        builder.Property(r => r.Relationship).HasMaxLength(200);
    }
}
