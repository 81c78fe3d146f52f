using CoachRegister.Data.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachRegister.Data.Configurations;

public class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    /// <summary>The jobs that take a lease; each has its row from the start, so taking the lease is always an UPDATE.</summary>
    public static readonly string[] Jobs = [ProposalDeadlines, ComplianceNightly, CoachingReminders];

    public const string ProposalDeadlines = "proposal-deadlines";
    public const string ComplianceNightly = "compliance-nightly";
    public const string CoachingReminders = "coaching-reminders";

    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.HasData(Jobs.Select(name => new JobLease { Name = name }));
    }
}
