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
        builder.HasMany(o => o.EmailDomains).WithOne().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class OrganisationEmailDomainConfiguration : IEntityTypeConfiguration<OrganisationEmailDomain>
{
    public void Configure(EntityTypeBuilder<OrganisationEmailDomain> builder)
    {
        builder.Property(d => d.Domain).HasMaxLength(EmailAddressDomain.MaxLength);
        builder.HasIndex(d => new { d.OrganisationId, d.Domain }).IsUnique();
        builder.HasIndex(d => d.Domain);
    }
}

public class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.Property(i => i.Email).HasMaxLength(256);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => new { i.OrganisationId, i.InvitedAt });
        builder.HasOne(i => i.Organisation).WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
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
