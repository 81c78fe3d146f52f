using CoachRegister.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachRegister.Data.Configurations;

public class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Code).HasMaxLength(20);
        builder.HasIndex(o => o.Name).IsUnique();
        builder.HasOne(o => o.Scheme).WithMany().HasForeignKey(o => o.SchemeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.ServiceAreas).WithOne(s => s.Organisation).HasForeignKey(s => s.OrganisationId);
    }
}

public class ServiceAreaConfiguration : IEntityTypeConfiguration<ServiceArea>
{
    public void Configure(EntityTypeBuilder<ServiceArea> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.HasIndex(s => new { s.OrganisationId, s.Name }).IsUnique();
    }
}
