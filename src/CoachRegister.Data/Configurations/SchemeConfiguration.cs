using CoachRegister.Domain.Matching;
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
        builder.OwnsOne(s => s.Matching, m =>
        {
            // Existing schemes start from the documented defaults. The sentinel lets a weight of zero be saved
            // (EF would otherwise leave a column with a database default out of the INSERT when it holds 0).
            var defaults = new MatchingSettings();
            m.Property(x => x.AreasInCommonWeight).HasDefaultValue(defaults.AreasInCommonWeight).HasSentinel(int.MinValue);
            m.Property(x => x.FirstChoiceWeight).HasDefaultValue(defaults.FirstChoiceWeight).HasSentinel(int.MinValue);
            m.Property(x => x.SecondChoiceWeight).HasDefaultValue(defaults.SecondChoiceWeight).HasSentinel(int.MinValue);
            m.Property(x => x.ThirdChoiceWeight).HasDefaultValue(defaults.ThirdChoiceWeight).HasSentinel(int.MinValue);
            m.Property(x => x.FormatFitWeight).HasDefaultValue(defaults.FormatFitWeight).HasSentinel(int.MinValue);
            m.Property(x => x.OtherOrganisationPreferredWeight).HasDefaultValue(defaults.OtherOrganisationPreferredWeight).HasSentinel(int.MinValue);
            m.Property(x => x.OtherOrganisationAvoidedWeight).HasDefaultValue(defaults.OtherOrganisationAvoidedWeight).HasSentinel(int.MinValue);
            m.Property(x => x.LoadSpreadingWeight).HasDefaultValue(defaults.LoadSpreadingWeight).HasSentinel(int.MinValue);
            m.Property(x => x.AnswerWithinDays).HasDefaultValue(defaults.AnswerWithinDays).HasSentinel(int.MinValue);
            m.Property(x => x.FirstReminderDay).HasDefaultValue(defaults.FirstReminderDay).HasSentinel(int.MinValue);
            m.Property(x => x.SecondReminderDay).HasDefaultValue(defaults.SecondReminderDay).HasSentinel(int.MinValue);
        });
        builder.Navigation(s => s.Matching).IsRequired();
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
