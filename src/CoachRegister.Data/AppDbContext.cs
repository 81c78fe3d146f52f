using CoachRegister.Data.Directory;
using CoachRegister.Data.Identity;
using CoachRegister.Data.Jobs;
using CoachRegister.Data.Outbox;
using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Audit;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Development;
using CoachRegister.Domain.Feedback;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Organisations;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using CoachRegister.Domain.Sessions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CoachRegister.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser, ApplicationRole, Guid>(options), IDataProtectionKeyContext
{
    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Scheme> Schemes => Set<Scheme>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<ServiceArea> ServiceAreas => Set<ServiceArea>();
    public DbSet<OrganisationEmailDomain> OrganisationEmailDomains => Set<OrganisationEmailDomain>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<CoachingArea> CoachingAreas => Set<CoachingArea>();
    public DbSet<CoachProfile> CoachProfiles => Set<CoachProfile>();
    public DbSet<Qualification> Qualifications => Set<Qualification>();
    public DbSet<CoachProfilePhoto> ProfilePhotos => Set<CoachProfilePhoto>();
    public DbSet<ProfileStatusChange> ProfileStatusChanges => Set<ProfileStatusChange>();
    public DbSet<ApplicationStatusChange> ApplicationStatusChanges => Set<ApplicationStatusChange>();
    public DbSet<RegisterOpening> RegisterOpenings => Set<RegisterOpening>();
    public DbSet<SchemeAdministrator> SchemeAdministrators => Set<SchemeAdministrator>();
    public DbSet<CoachApplication> CoachApplications => Set<CoachApplication>();
    public DbSet<MatchRequest> MatchRequests => Set<MatchRequest>();
    public DbSet<Match> Matches => Set<Match>();
    public DbSet<MatchStatusChange> MatchStatusChanges => Set<MatchStatusChange>();
    public DbSet<MatchRequestStatusChange> MatchRequestStatusChanges => Set<MatchRequestStatusChange>();
    public DbSet<CohortPlan> CohortPlans => Set<CohortPlan>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<AgreementSignature> AgreementSignatures => Set<AgreementSignature>();
    public DbSet<WordingVersion> WordingVersions => Set<WordingVersion>();
    public DbSet<AgreementWording> AgreementWordings => Set<AgreementWording>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<SessionRecord> SessionRecords => Set<SessionRecord>();
    public DbSet<GoalProgress> GoalProgress => Set<GoalProgress>();
    public DbSet<MeetingPreparation> MeetingPreparations => Set<MeetingPreparation>();
    public DbSet<CoachPreparationReflection> CoachPreparationReflections => Set<CoachPreparationReflection>();
    public DbSet<ReflectiveLogEntry> ReflectiveLogEntries => Set<ReflectiveLogEntry>();
    public DbSet<CpdActivity> CpdActivities => Set<CpdActivity>();
    public DbSet<SupervisionSession> SupervisionSessions => Set<SupervisionSession>();
    public DbSet<CpdEvidenceFile> CpdEvidenceFiles => Set<CpdEvidenceFile>();
    public DbSet<ComplianceExtensionGrant> ComplianceExtensions => Set<ComplianceExtensionGrant>();
    public DbSet<ComplianceReminderSent> ComplianceReminders => Set<ComplianceReminderSent>();
    public DbSet<ComplianceStanding> ComplianceStandings => Set<ComplianceStanding>();
    public DbSet<DevelopmentPlanItem> DevelopmentPlanItems => Set<DevelopmentPlanItem>();
    public DbSet<CoachFeedback> CoachFeedback => Set<CoachFeedback>();
    public DbSet<FinalEvaluation> FinalEvaluations => Set<FinalEvaluation>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<Documents.RelationshipFile> RelationshipFiles => Set<Documents.RelationshipFile>();
    public DbSet<OutboxAttachment> OutboxAttachments => Set<OutboxAttachment>();
    public DbSet<ThreeWayConfirmation> ThreeWayConfirmations => Set<ThreeWayConfirmation>();
    public DbSet<PartnershipReview> PartnershipReviews => Set<PartnershipReview>();
    public DbSet<PartnershipEnding> PartnershipEndings => Set<PartnershipEnding>();
    public DbSet<DevelopmentPlanRevision> DevelopmentPlanRevisions => Set<DevelopmentPlanRevision>();
    public DbSet<SentReminder> SentReminders => Set<SentReminder>();
    public DbSet<DirectoryVersion> DirectoryVersions => Set<DirectoryVersion>();
    /// <summary>SQLite only: the directory's columns beside the text index (see <see cref="DirectoryTextRow"/>).</summary>
    public DbSet<DirectoryTextRow> DirectoryTextRows => Set<DirectoryTextRow>();

    /// <summary>
    /// Set when a save in the current transaction changed what the directory shows; read and cleared by the
    /// web's cache once the transaction commits (a change another transaction cannot see yet is no reason to
    /// read the version again).
    /// </summary>
    public bool DirectoryChangePending { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        if (Database.ProviderName == SqliteProvider)
        {
            // A person is found by e-mail address in many places (registration, line manager, import): the
            // same address in other capitals must be the same person. SQL Server's usual collations already
            // ignore case; SQLite compares exactly unless the column says NOCASE.
            builder.Entity<Person>().Property(p => p.Email).UseCollation("NOCASE");
            builder.Entity<DirectoryTextRow>(row =>
            {
                row.ToTable("CoachProfileSearchKeys");
                row.HasKey(r => r.Key);
                row.Property(r => r.Key).HasColumnName("Id").ValueGeneratedNever();
                row.Property(r => r.Id).HasColumnName("ProfileId");
                row.HasIndex(r => r.Id).IsUnique();
                row.Property(r => r.SortFamilyName).HasMaxLength(200);
                row.Property(r => r.SortGivenName).HasMaxLength(200);
            });
        }
        else
        {
            // SQL Server has no FTS5 index to sit beside: its text search reads the profiles themselves.
            builder.Ignore<DirectoryTextRow>();
        }

        // Ids are made by the entity itself (time-ordered Guids), never by the database, so a new record added
        // to a loaded record's collection (a status change in its history) is inserted rather than taken
        // for an existing row.
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(entityType.ClrType).Property(nameof(Entity.Id)).ValueGeneratedNever();
        }

        foreach (var entityType in builder.Model.GetEntityTypes()
                     .Where(t => typeof(IConcurrencyAware).IsAssignableFrom(t.ClrType) && !t.IsOwned()))
        {
            builder.Entity(entityType.ClrType)
                .Property(nameof(IConcurrencyAware.ConcurrencyStamp))
                .IsConcurrencyToken();
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<string>().HaveMaxLength(4000);
        configurationBuilder.Properties<decimal>().HavePrecision(9, 2);
        if (Database.ProviderName == SqliteProvider)
        {
            // SQLite has no native DateTimeOffset or decimal: store sortable numbers so that ORDER BY,
            // comparisons and SUM run in the database instead of failing or running on the client.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<decimal>().HaveConversion<double>();
        }
    }

    /// <remarks>
    /// Synchronous saves (Data Protection's key store makes them) do the same work; the directory's queries run
    /// without a synchronisation context here, so waiting on them cannot deadlock.
    /// </remarks>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess, CancellationToken.None).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var directory = await DirectoryUpkeep.PrepareAsync(this, cancellationToken);
        RenewConcurrencyStamps();
        if (!directory)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // The version grows in the same transaction as the change, so no server can see one without the other.
        if (Database.CurrentTransaction is not null)
        {
            await DirectoryUpkeep.BumpAsync(this, cancellationToken);
            DirectoryChangePending = true;
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        await DirectoryUpkeep.BumpAsync(this, cancellationToken);
        DirectoryChangePending = true;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    private void RenewConcurrencyStamps()
    {
        foreach (var entry in ChangeTracker.Entries<IConcurrencyAware>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.ConcurrencyStamp = Guid.NewGuid();
            }
        }
    }
}
