using CoachRegister.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachRegister.Data.Configurations;

public class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.GivenName).HasMaxLength(100);
        builder.Property(p => p.FamilyName).HasMaxLength(100);
        builder.Property(p => p.Email).HasMaxLength(256);
        builder.Property(p => p.JobTitle).HasMaxLength(200);
        builder.Property(p => p.Telephone).HasMaxLength(40);
        builder.Property(p => p.PreferredLanguage).HasMaxLength(5);
        builder.HasIndex(p => p.Email).IsUnique();
        builder.HasIndex(p => new { p.FamilyName, p.GivenName });
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.ServiceArea).WithMany().HasForeignKey(p => p.ServiceAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.LineManager).WithMany(p => p.Reports).HasForeignKey(p => p.LineManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(p => p.FullName);
    }
}
