using CoachRegister.Domain.Schemes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachRegister.Data.Configurations;

public class SchemeConfiguration : IEntityTypeConfiguration<Scheme>
{
    public void Configure(EntityTypeBuilder<Scheme> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Code).HasMaxLength(20);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.HasMany(s => s.RegisterOpenings).WithOne().HasForeignKey(o => o.SchemeId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsOne(s => s.Compliance, c =>
        {
            c.Property(r => r.ReminderDays).HasMaxLength(100);
            c.Ignore(r => r.ReminderDaysBefore);
            c.OwnsOne(r => r.Coaches);
            c.OwnsOne(r => r.Mentors);
            c.Navigation(r => r.Coaches).IsRequired();
            c.Navigation(r => r.Mentors).IsRequired();
        });
        builder.Navigation(s => s.Compliance).IsRequired();
        builder.Ignore(s => s.Requirements);
    }
}

public class RegisterOpeningConfiguration : IEntityTypeConfiguration<RegisterOpening>
{
    public void Configure(EntityTypeBuilder<RegisterOpening> builder)
    {
        builder.HasKey(o => new { o.SchemeId, o.PartnerSchemeId });
        builder.HasOne(o => o.PartnerScheme).WithMany().HasForeignKey(o => o.PartnerSchemeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.PartnerSchemeId);
    }
}

public class SchemeAdministratorConfiguration : IEntityTypeConfiguration<SchemeAdministrator>
{
    public void Configure(EntityTypeBuilder<SchemeAdministrator> builder)
    {
        builder.HasOne(a => a.Scheme).WithMany().HasForeignKey(a => a.SchemeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.PersonId, a.SchemeId }).IsUnique();
    }
}
