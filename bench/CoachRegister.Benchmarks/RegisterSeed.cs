using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Organisations;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using CoachRegister.Web.Configuration;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Benchmarks;

/// <summary>
/// A register of a realistic shape for measuring the directory: profiles across organisations with three to
/// six areas each, mixed formats and qualifications, and matches holding some of the places. Fixed seed, so
/// every run measures the same data.
/// </summary>
public static class RegisterSeed
{
    public const string StaffEmail = "bench.staff@example.org";
    public const string StaffPassword = "Copper kettle humming on the stove 42";

    public static readonly string[] AreaNames =
    [
        "Leadership skills and confidence", "Management skills and confidence", "Internal politics and conflict", "Internal culture",
        "Image, credibility and assertiveness", "Career progression", "Strategic issues", "Managing change", "Team development",
        "Partnership working", "Service planning and improvement", "Operational management", "Managing upwards",
        "Financial management", "Commercial awareness", "Influencing and negotiating",
    ];

    private static readonly string[] GivenNames = ["Alys", "Bryn", "Ceri", "Dafydd", "Eira", "Ffion", "Gethin", "Heledd", "Iwan", "Jac", "Lowri", "Mali", "Nia", "Owain", "Rhys", "Seren", "Tomos", "Wyn"];
    private static readonly string[] FamilyNames = ["Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Lewis", "Morgan", "Griffiths", "Price", "Powell", "Rees", "Owen", "Jenkins"];
    private static readonly QualificationLevel[] Levels = [QualificationLevel.Ilm3, QualificationLevel.Ilm5, QualificationLevel.Ilm7];
    private static readonly string[] Towns = ["Cardiff", "Swansea", "Newport", "Wrexham", "Bangor", "Aberystwyth", "Carmarthen", "Bridgend"];

    /// <summary>The seeded member of staff as the access policy sees them: the one scheme's register is theirs.</summary>
    public static async Task<Asker> StaffAskerAsync(AppDbContext db)
    {
        var staff = await db.People.Where(p => p.Email == StaffEmail).Select(p => new { p.Id, p.Organisation!.SchemeId }).SingleAsync();
        return new Asker(staff.Id, staff.SchemeId, new HashSet<Guid> { staff.SchemeId }, new HashSet<Guid>(), IsSystemAdmin: false);
    }

    public static ServiceProvider Services(string databasePath)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<AppDbContext>(o => o.UseSqlite($"Data Source={databasePath};Pooling=true", s => s.MigrationsAssembly("CoachRegister.Migrations.Sqlite")));
        services.AddIdentityCore<ApplicationUser>(o => o.User.RequireUniqueEmail = true)
            .AddRoles<ApplicationRole>()
            .AddEntityFrameworkStores<AppDbContext>();
        return services.BuildServiceProvider();
    }

    public static async Task SeedAsync(string databasePath, int profiles)
    {
        if (File.Exists(databasePath))
        {
            File.Delete(databasePath);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        await using var provider = Services(databasePath);
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await DatabaseExtensions.MigrateAsync(db);

        var random = new Random(20261124);
        var scheme = new Scheme { Name = "Benchmark scheme", Code = "BENCH", MaxCoachees = 8, MaxCoacheesWhileDeveloping = 4, AllowsCompetencyInterview = true };
        db.Schemes.Add(scheme);
        var organisations = Enumerable.Range(1, 20).Select(i => new Organisation { Name = $"Organisation {i:D2}", SchemeId = scheme.Id }).ToList();
        db.Organisations.AddRange(organisations);
        var areas = AreaNames.Select((name, i) => new CoachingArea { Name = name, NameWelsh = name + " (cy)", SortOrder = i }).ToList();
        db.CoachingAreas.AddRange(areas);
        var staff = new Person { GivenName = "Bench", FamilyName = "Staff", Email = StaffEmail, OrganisationId = organisations[0].Id, CreatedAt = DateTimeOffset.UtcNow };
        db.People.Add(staff);
        await db.SaveChangesAsync();

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < profiles; i++)
        {
            var person = new Person
            {
                GivenName = GivenNames[random.Next(GivenNames.Length)],
                FamilyName = FamilyNames[random.Next(FamilyNames.Length)] + (i % 7 == 0 ? "-" + FamilyNames[random.Next(FamilyNames.Length)] : ""),
                Email = $"coach{i:D5}@example.org",
                JobTitle = i % 3 == 0 ? "Team manager" : "Senior practitioner",
                OrganisationId = organisations[random.Next(organisations.Count)].Id,
                CreatedAt = DateTimeOffset.UtcNow,
            };
            db.People.Add(person);
            var offers = (i % 5) switch { 0 => OfferType.Mentoring, 1 => OfferType.Both, _ => OfferType.Coaching };
            var status = i % 20 == 0 ? ProfileStatus.Paused : i % 25 == 0 ? ProfileStatus.Draft : ProfileStatus.Published;
            var profile = new CoachProfile
            {
                PersonId = person.Id,
                SchemeId = scheme.Id,
                Offers = offers,
                Status = status,
                Bio = $"I have coached for {random.Next(1, 20)} years, mostly on leadership and managing change in busy teams. Profile {i}.",
                Experience = "Service manager in children's and adults' services; led two restructures.",
                Location = Towns[random.Next(Towns.Length)],
                Formats = (DeliveryFormat)random.Next(1, 8),
                IsTrainedSupervisor = i % 9 == 0,
                Capacity = random.Next(1, 6),
                AcceptingNewCoachees = i % 11 != 0,
                LastConfirmedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-random.Next(0, 400))),
                CreatedAt = DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow,
                Areas = areas.OrderBy(_ => random.Next()).Take(random.Next(3, 7)).ToList(),
            };
            db.CoachProfiles.Add(profile);
            db.Qualifications.Add(new Qualification { CoachProfileId = profile.Id, Level = Levels[random.Next(Levels.Length)], Status = i % 4 == 0 ? QualificationStatus.InTraining : QualificationStatus.Achieved });
            for (var m = random.Next(0, 4); m > 0; m--)
            {
                db.Matches.Add(new Match { CoachProfileId = profile.Id, CoacheeId = staff.Id, Kind = OfferType.Coaching, Status = (MatchStatus)random.Next(0, 7), CreatedAt = DateTimeOffset.UtcNow });
            }

            if (i % 500 == 499)
            {
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                areas = await db.CoachingAreas.ToListAsync();
            }
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = true;

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<ApplicationRole>>();
        if (!await roles.RoleExistsAsync(Roles.Staff))
        {
            await roles.CreateAsync(new ApplicationRole(Roles.Staff));
        }

        var user = new ApplicationUser { UserName = StaffEmail, Email = StaffEmail, EmailConfirmed = true, PersonId = staff.Id };
        var created = await users.CreateAsync(user, StaffPassword);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, Roles.Staff);
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
    }
}
