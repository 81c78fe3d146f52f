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

    /// <summary>An HR admin of the scheme, whose queue of applications the load test reads (same password).</summary>
    public const string HrEmail = "bench.hr@example.org";

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

    /// <summary>
    /// A seeded database kept between runs (each seed is fixed), named after the latest migration so that a seed of an
    /// older schema is made again. It is seeded under another name and renamed when complete, so an interrupted seed
    /// is never taken for a whole one.
    /// </summary>
    public static async Task<string> CachedAsync(string name, Func<string, Task> seed)
    {
        string latest;
        await using (var provider = Services(":memory:"))
        await using (var scope = provider.CreateAsyncScope())
        {
            latest = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetMigrations().Last();
        }

        var path = Path.Combine(Path.GetTempPath(), "coachregister-bench", $"{name}-{latest}.db");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var seeding = path + ".seeding";
            await seed(seeding);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Move(seeding, path, overwrite: true);
        }

        return path;
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

    /// <summary>Topics a biography is written from: the first are common, the last rare, as in a real register.</summary>
    private static readonly string[] Topics =
    [
        "leadership in busy teams", "managing change", "building confidence", "career progression", "team development",
        "difficult conversations", "strategic planning", "service improvement", "resilience and wellbeing", "partnership working",
        "financial management", "commercial awareness", "negotiation with suppliers", "clinical supervision", "digital transformation",
    ];

    /// <summary>
    /// Writes a register of <paramref name="profiles"/> practitioners among <paramref name="people"/> members of
    /// staff (fixed seed). The scheme, organisations and areas are saved through the context; the people, profiles,
    /// their areas, qualifications and matches are built in memory with the maintained columns the save would give
    /// them (<see cref="CoachProfile.CountPlaces"/>, <see cref="CoachProfile.NameForSorting"/>, a fresh concurrency
    /// stamp) and written in one transaction by <see cref="BulkRows"/>, whose inserts fire the same text-index
    /// triggers as the portal's saves.
    /// </summary>
    public static async Task SeedAsync(string databasePath, int profiles, int people = 0)
    {
        people = Math.Max(people, profiles + 1);
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
        var organisations = Enumerable.Range(1, 40).Select(i => new Organisation { Name = $"Organisation {i:D2}", SchemeId = scheme.Id }).ToList();
        db.Organisations.AddRange(organisations);
        var areas = AreaNames.Select((name, i) => new CoachingArea { Name = name, NameWelsh = name + " (cy)", SortOrder = i }).ToList();
        db.CoachingAreas.AddRange(areas);
        var staff = new Person { GivenName = "Bench", FamilyName = "Staff", Email = StaffEmail, OrganisationId = organisations[0].Id, CreatedAt = DateTimeOffset.UtcNow };
        db.People.Add(staff);
        await db.SaveChangesAsync();

        var rows = new Rows();
        for (var i = 0; i < people - 1; i++)
        {
            var person = new Person
            {
                GivenName = GivenNames[random.Next(GivenNames.Length)],
                FamilyName = FamilyNames[random.Next(FamilyNames.Length)] + (i % 7 == 0 ? "-" + FamilyNames[random.Next(FamilyNames.Length)] : ""),
                Email = $"person{i:D6}@example.org",
                JobTitle = i % 3 == 0 ? "Team manager" : "Senior practitioner",
                OrganisationId = organisations[random.Next(organisations.Count)].Id,
                CreatedAt = DateTimeOffset.UtcNow,
                ConcurrencyStamp = Guid.NewGuid(),
            };
            rows.People.Add(person);
            if (i < profiles)
            {
                AddProfile(rows, random, scheme, person, staff, i, areas);
            }
        }

        await using (var bulk = await BulkRows.BeginAsync(db, "People", "CoachProfiles", "Qualifications", "Matches"))
        {
            bulk.Insert(rows.People);
            // The areas before their profiles: each profile's insert trigger then writes its text-index row once,
            // with its areas, instead of once more for every area.
            bulk.InsertJoin("CoachProfileAreas", rows.Areas);
            bulk.Insert(rows.Profiles);
            bulk.Insert(rows.Qualifications);
            bulk.Insert(rows.Matches);
            await bulk.CommitAsync();
        }

        var hr = new Person { GivenName = "Bench", FamilyName = "Hr", Email = HrEmail, OrganisationId = organisations[1].Id, CreatedAt = DateTimeOffset.UtcNow };
        db.People.Add(hr);
        db.SchemeAdministrators.Add(new SchemeAdministrator { PersonId = hr.Id, SchemeId = scheme.Id, AssignedAt = DateTimeOffset.UtcNow });
        // HR's queue: applications waiting for the scheme's decision, from people who are not yet on the register.
        var applicants = await db.People.Where(p => !db.CoachProfiles.Any(c => c.PersonId == p.Id) && p.Id != staff.Id).OrderBy(p => p.Email).Take(60).Select(p => p.Id).ToListAsync();
        foreach (var (applicant, i) in applicants.Select((a, i) => (a, i)))
        {
            db.CoachApplications.Add(new CoachApplication
            {
                ApplicantId = applicant,
                SchemeId = scheme.Id,
                Status = ApplicationStatus.AwaitingDecision,
                Offers = OfferType.Coaching,
                ExperienceAndSkills = "Team leader for six years.",
                SubmittedAt = DateTimeOffset.UtcNow.AddDays(-i),
            });
        }

        await db.SaveChangesAsync();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<ApplicationRole>>();
        foreach (var role in new[] { Roles.Staff, Roles.HrAdmin })
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new ApplicationRole(role));
            }
        }

        foreach (var (email, person, role) in new[] { (StaffEmail, staff.Id, Roles.Staff), (HrEmail, hr.Id, Roles.HrAdmin) })
        {
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, PersonId = person };
            var created = await users.CreateAsync(user, StaffPassword);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, role);
        }
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        await db.Database.ExecuteSqlRawAsync("ANALYZE;");
    }

    /// <summary>The rows the bulk insert writes, in memory until then.</summary>
    private sealed class Rows
    {
        public List<Person> People { get; } = [];
        public List<CoachProfile> Profiles { get; } = [];
        public List<Dictionary<string, object>> Areas { get; } = [];
        public List<Qualification> Qualifications { get; } = [];
        public List<Match> Matches { get; } = [];
    }

    private static void AddProfile(Rows rows, Random random, Scheme scheme, Person person, Person coachee, int i, List<CoachingArea> areas)
    {
        var offers = (i % 5) switch { 0 => OfferType.Mentoring, 1 => OfferType.Both, _ => OfferType.Coaching };
        var status = i % 20 == 0 ? ProfileStatus.Paused : i % 25 == 0 ? ProfileStatus.Draft : ProfileStatus.Published;
        // Topics drawn with falling weights: the first few are in many biographies, the last in few.
        string Topic() => Topics[(int)Math.Min(Topics.Length - 1, Math.Floor(-Math.Log(1 - random.NextDouble()) * 3))];
        var profile = new CoachProfile
        {
            PersonId = person.Id,
            SchemeId = scheme.Id,
            Offers = offers,
            Status = status,
            Bio = $"I have coached for {random.Next(1, 20)} years, mostly on {Topic()} and {Topic()}. Profile {i}.",
            Experience = $"Service manager; {Topic()}.",
            Location = Towns[random.Next(Towns.Length)],
            Formats = (DeliveryFormat)random.Next(1, 8),
            IsTrainedSupervisor = i % 9 == 0,
            Capacity = random.Next(1, 6),
            AcceptingNewCoachees = i % 11 != 0,
            LastConfirmedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-random.Next(0, 400))),
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
            ConcurrencyStamp = Guid.NewGuid(),
        };
        rows.Profiles.Add(profile);
        rows.Areas.AddRange(areas.OrderBy(_ => random.Next()).Take(random.Next(3, 7))
            .Select(a => new Dictionary<string, object> { ["AreasId"] = a.Id, ["CoachProfileId"] = profile.Id }));
        rows.Qualifications.Add(new Qualification { CoachProfileId = profile.Id, Level = Levels[random.Next(Levels.Length)], Status = i % 4 == 0 ? QualificationStatus.InTraining : QualificationStatus.Achieved });
        var matches = new List<Match>();
        for (var m = random.Next(0, 4); m > 0; m--)
        {
            matches.Add(new Match { CoachProfileId = profile.Id, CoacheeId = coachee.Id, Kind = OfferType.Coaching, Status = (MatchStatus)random.Next(0, 7), CreatedAt = DateTimeOffset.UtcNow, ConcurrencyStamp = Guid.NewGuid() });
        }

        rows.Matches.AddRange(matches);
        profile.CountPlaces(matches.Count(m => Match.HoldsPlace.Contains(m.Status)));
        profile.NameForSorting(person.FamilyName, person.GivenName);
    }
}
