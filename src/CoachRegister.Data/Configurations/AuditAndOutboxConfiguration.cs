using CoachRegister.Data.Identity;
using CoachRegister.Data.Jobs;
using CoachRegister.Data.Outbox;
using CoachRegister.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachRegister.Data.Configurations;

public class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(a => a.Action).HasMaxLength(100);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}

public class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.To).HasMaxLength(256);
        builder.Property(m => m.Subject).HasMaxLength(400);
        builder.Property(m => m.HtmlBody).HasMaxLength(100_000);
        builder.Property(m => m.TextBody).HasMaxLength(100_000);
        builder.Property(m => m.ClaimedBy).IsConcurrencyToken();
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
        builder.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.OutboxMessageId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class OutboxAttachmentConfiguration : IEntityTypeConfiguration<OutboxAttachment>
{
    public void Configure(EntityTypeBuilder<OutboxAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(200);
        builder.Property(a => a.Content).HasMaxLength(1_000_000);
    }
}

public class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> builder) =>
        builder.HasIndex(r => new { r.Kind, r.SubjectId, r.RecipientPersonId }).IsUnique();
}

public class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.HasOne(u => u.Person).WithMany().HasForeignKey(u => u.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.PersonId).IsUnique();
    }
}

/// <summary>
/// The fixed set of roles is reference data, so it ships with the schema (HasData) rather than being
/// seeded at start-up: a SQL Server database migrated by the `migrate` command has the roles too.
/// </summary>
public class ApplicationRoleConfiguration : IEntityTypeConfiguration<ApplicationRole>
{
    private static readonly Dictionary<string, Guid> Ids = new()
    {
        [Roles.Staff] = new("0193a000-0000-7000-8000-000000000001"),
        [Roles.Coach] = new("0193a000-0000-7000-8000-000000000002"),
        [Roles.Mentor] = new("0193a000-0000-7000-8000-000000000003"),
        [Roles.Supervisor] = new("0193a000-0000-7000-8000-000000000004"),
        [Roles.HrAdmin] = new("0193a000-0000-7000-8000-000000000005"),
        [Roles.SystemAdmin] = new("0193a000-0000-7000-8000-000000000006"),
    };

    public void Configure(EntityTypeBuilder<ApplicationRole> builder)
    {
        builder.HasData(Roles.All.Select(name => new ApplicationRole(name)
        {
            Id = Ids[name],
            NormalizedName = name.ToUpperInvariant(),
            ConcurrencyStamp = Ids[name].ToString(),
        }));
    }
}

public class RelationshipFileConfiguration : IEntityTypeConfiguration<Documents.RelationshipFile>
{
    public void Configure(EntityTypeBuilder<Documents.RelationshipFile> builder)
    {
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Culture).HasMaxLength(10);
        builder.Property(f => f.ClaimedBy).IsConcurrencyToken();
        builder.Property(f => f.Zip).HasMaxLength(200_000_000);
        builder.HasOne<Domain.Matching.Match>().WithMany().HasForeignKey(f => f.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.Status, f.CreatedAt });
        builder.HasIndex(f => f.MatchId);
    }
}
