using System.Text;
using Bogus;
using Person = CoachRegister.Domain.People.Person;
using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Audit;
using CoachRegister.Domain.Organisations;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Infrastructure.Seeding;

public enum DemoSeedOutcome
{
    Seeded,
    AlreadySeeded,
    DatabaseNotEmpty,
}

public sealed record DemoSignIn(string Email, string Role, string Description);

/// <summary>
/// Fills a database that has no organisations with a believable register for demonstrations and manual
/// testing: three schemes, three partner organisations, about 200 staff, 60 coaches and mentors, and the
/// whole life of matches, sessions, feedback and applications. The generator has a fixed seed, so every
/// run tells the same stories; every date is relative to today, so the data never looks stale.
/// </summary>
public sealed partial class DemoSeeder(
    AppDbContext db,
    TimeProvider time,
    IPasswordHasher<ApplicationUser> passwordHasher,
    ILookupNormalizer normalizer)
{
    /// <summary>The one password of every demo account: documented in README.md, never used outside demos.</summary>
    public const string Password = "demo-password-2026";
    public const string EmailDomain = "demo.coachregister.test";
    private const int RandomSeed = 20_261_124;

    public static readonly IReadOnlyList<DemoSignIn> SignIns =
    [
        new($"staff@{EmailDomain}", Roles.Staff, "Staff member in an active coaching partnership"),
        new($"manager@{EmailDomain}", Roles.Staff, "Line manager with requests to support"),
        new($"coach@{EmailDomain}", Roles.Coach, "Coach"),
        new($"mentor@{EmailDomain}", Roles.Mentor, "Mentor"),
        new($"supervisor@{EmailDomain}", Roles.Supervisor, "Supervisor, also a coach"),
        new($"hr@{EmailDomain}", Roles.HrAdmin, "HR admin, council"),
        new($"hr.academy@{EmailDomain}", Roles.HrAdmin, "HR admin of the academy and the training hub (partnership lead)"),
        new($"hr.hub@{EmailDomain}", Roles.HrAdmin, "HR admin, training hub"),
        new($"admin@{EmailDomain}", Roles.SystemAdmin, "System administrator"),
    ];

    private readonly HashSet<string> _emails = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Person> _people = [];
    private readonly Dictionary<Guid, HashSet<string>> _roles = [];
    private readonly Dictionary<string, Person> _demo = [];
    private readonly List<OrganisationPlan> _organisations = [];
    private readonly List<CoachingArea> _areas = [];
    private readonly List<CoachProfile> _profiles = [];
    private DateTimeOffset _now;
    private DateOnly _today;

    /// <summary>Bogus's generator with a fixed seed: the same register on every run.</summary>
    private Randomizer Random { get; } = new(RandomSeed);

    public async Task<DemoSeedOutcome> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Organisations.AnyAsync(cancellationToken))
        {
            var demoAdmin = normalizer.NormalizeEmail($"admin@{EmailDomain}");
            return await db.Users.AnyAsync(u => u.NormalizedEmail == demoAdmin, cancellationToken)
                ? DemoSeedOutcome.AlreadySeeded
                : DemoSeedOutcome.DatabaseNotEmpty;
        }

        _now = time.GetUtcNow();
        _today = DateOnly.FromDateTime(_now.UtcDateTime);

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            // One transaction: a failed seed leaves no organisations behind, so running it again starts afresh.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            AddSchemesAndOrganisations();
            await db.SaveChangesAsync(cancellationToken);

            AddPeople();
            await db.SaveChangesAsync(cancellationToken);

            AddStandingWording();
            await db.SaveChangesAsync(cancellationToken);

            AddProfiles();
            AddCoachApplications();
            await db.SaveChangesAsync(cancellationToken);

            AddMatchesAndRequests();
            await db.SaveChangesAsync(cancellationToken);

            AddPractitionerDevelopment();
            await AddAccountsAsync(cancellationToken);
            AddAuditEvents();
            await db.SaveChangesAsync(cancellationToken);

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        return DemoSeedOutcome.Seeded;
    }

    /// <summary>The demo sign-ins as a plain-text table for the console.</summary>
    public static string FormatSignIns()
    {
        var emailWidth = SignIns.Max(s => s.Email.Length);
        var roleWidth = SignIns.Max(s => s.Role.Length);
        var text = new StringBuilder();
        text.AppendLine($"{"E-mail".PadRight(emailWidth)}  {"Role".PadRight(roleWidth)}  Password            Who");
        text.AppendLine($"{new string('-', emailWidth)}  {new string('-', roleWidth)}  ------------------  ---");
        foreach (var signIn in SignIns)
        {
            text.AppendLine($"{signIn.Email.PadRight(emailWidth)}  {signIn.Role.PadRight(roleWidth)}  {Password,-18}  {signIn.Description}");
        }

        return text.ToString();
    }

    private async Task AddAccountsAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Roles.ToDictionaryAsync(r => r.Name!, cancellationToken);
        foreach (var name in Roles.All.Where(n => !existing.ContainsKey(n)))
        {
            var role = new ApplicationRole(name)
            {
                Id = Guid.CreateVersion7(),
                NormalizedName = normalizer.NormalizeName(name),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
            };
            db.Roles.Add(role);
            existing[name] = role;
        }

        // Hashing is deliberately slow (PBKDF2): hash once and share the hash, since every demo account has the same password.
        var hash = passwordHasher.HashPassword(new ApplicationUser(), Password);
        foreach (var person in _people)
        {
            var user = new ApplicationUser
            {
                Id = Guid.CreateVersion7(),
                PersonId = person.Id,
                UserName = person.Email,
                NormalizedUserName = normalizer.NormalizeName(person.Email),
                Email = person.Email,
                NormalizedEmail = normalizer.NormalizeEmail(person.Email),
                EmailConfirmed = true,
                PasswordHash = hash,
                SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
                LockoutEnabled = true,
                PhoneNumber = person.Telephone,
            };
            db.Users.Add(user);
            db.UserRoles.AddRange(RolesOf(person).Select(r => new IdentityUserRole<Guid> { UserId = user.Id, RoleId = existing[r].Id }));
        }
    }

    private IEnumerable<string> RolesOf(Person person) =>
        _roles.TryGetValue(person.Id, out var roles) ? roles.Append(Roles.Staff) : [Roles.Staff];

    private void Grant(Person person, string role)
    {
        if (!_roles.TryGetValue(person.Id, out var roles))
        {
            _roles[person.Id] = roles = [];
        }

        roles.Add(role);
    }

    private void AddSchemesAndOrganisations()
    {
        var schemes = DemoCatalogue.Schemes();
        db.Schemes.AddRange(schemes);

        _areas.AddRange(DemoCatalogue.CoachingAreas());
        db.CoachingAreas.AddRange(_areas);

        foreach (var plan in DemoCatalogue.Organisations())
        {
            var scheme = schemes.Single(s => s.Code == plan.SchemeCode);
            var organisation = new Organisation
            {
                Name = plan.Name,
                Code = plan.Code,
                SchemeId = scheme.Id,
                ServiceAreas = plan.Areas.Select(a => new ServiceArea { Name = a.Name }).ToList(),
            };

            // The demo people's addresses, and a short form to try registering with (name@cwmtaran.example).
            organisation.AllowEmailDomain($"{plan.EmailPart}.{EmailDomain}", byPersonId: null, _now.AddDays(-120));
            organisation.AllowEmailDomain($"{plan.EmailPart}.example", byPersonId: null, _now.AddDays(-120));
            db.Organisations.Add(organisation);
            _organisations.Add(plan with { Organisation = organisation, Scheme = scheme });
        }
    }

    /// <summary>
    /// The council's HR wrote their own "what coaching is", in both languages, three days ago: agreements signed
    /// before keep the portal's wording, any signed from now on print the council's. A day later they reworded the
    /// session record's opening paragraph, which every session record of the council's coachees now prints.
    /// </summary>
    private void AddStandingWording()
    {
        var council = _organisations[0].Organisation!;
        var hr = _demo["hr"];
        foreach (var (passage, language, text, daysAgo) in new[]
        {
            (WordingPassage.WhatCoachingIs, WordingLanguage.English, "Coaching at Cwm Taran is a confidential conversation between two colleagues, in work time. Your coach helps you think through your work, set your own goals and find your own ways to reach them.\n\nCoaches are trained council staff who volunteer for the scheme and are supervised.", 3),
            (WordingPassage.WhatCoachingIs, WordingLanguage.Welsh, "Mae hyfforddi yng Nghwm Taran yn sgwrs gyfrinachol rhwng dau gydweithiwr, yn ystod amser gwaith. Mae eich hyfforddwr yn eich helpu i feddwl am eich gwaith, gosod eich nodau eich hun a dod o hyd i’ch ffyrdd eich hun o’u cyrraedd.\n\nMae’r hyfforddwyr yn staff hyfforddedig y cyngor sy’n gwirfoddoli i’r cynllun ac yn cael eu goruchwylio.", 3),
            (WordingPassage.SessionRecordLead, WordingLanguage.English, "The coach writes this up within a week of each session and keeps it in the council's coaching portal, never in a shared drive. Mark each goal from 0 (no progress yet) to 10 (fully achieved, and the difference is seen by the coachee and their team).", 2),
            (WordingPassage.SessionRecordLead, WordingLanguage.Welsh, "Mae’r hyfforddwr yn ysgrifennu hwn o fewn wythnos i bob sesiwn ac yn ei gadw ym mhorth hyfforddi’r cyngor, byth mewn gyriant a rennir. Rhowch farc i bob nod o 0 (dim cynnydd eto) i 10 (wedi’i gyflawni’n llwyr, a’r hyfforddai a’i dîm yn gweld y gwahaniaeth).", 2),
        })
        {
            var wording = new StandingWording(council.Id, passage, language, []);
            db.WordingVersions.Add(wording.Edit(0, text, hr.Id, _now.AddDays(-daysAgo))!);
        }
    }

    /// <summary>
    /// A hierarchy per organisation: the head of the organisation, a head of each service area, one or two
    /// team managers under each head, and staff under the team managers.
    /// </summary>
    private void AddPeople()
    {
        foreach (var plan in _organisations)
        {
            var organisation = plan.Organisation!;
            var areas = organisation.ServiceAreas;
            var top = NewPerson(plan, areas[0], plan.TopTitle, null);
            plan.People.Add(top);

            var managers = new List<(Person Manager, int AreaIndex)>();
            for (var i = 0; i < plan.Areas.Count; i++)
            {
                var area = plan.Areas[i];
                var head = NewPerson(plan, areas[i], string.Format(plan.HeadTitle, area.Name), top);
                plan.People.Add(head);
                for (var t = 0; t < area.Teams; t++)
                {
                    var manager = NewPerson(plan, areas[i], string.Format(plan.ManagerTitle, area.Name), head);
                    plan.People.Add(manager);
                    managers.Add((manager, i));
                }
            }

            for (var s = 0; s < plan.StaffCount; s++)
            {
                var (manager, areaIndex) = managers[s % managers.Count];
                var title = Random.ArrayElement(plan.Areas[areaIndex].StaffTitles);
                plan.People.Add(NewPerson(plan, areas[areaIndex], title, manager));
            }

            _people.AddRange(plan.People);
        }

        var council = _organisations[0];
        var academy = _organisations[1];
        var hub = _organisations[2];
        var demoManager = FirstWithTitlePrefix(council, "Children's Services", "Team Manager");
        Designate("manager", demoManager);
        Designate("staff", council.People.First(p => p.LineManagerId == demoManager.Id));
        Designate("coach", FirstWithTitlePrefix(council, "Housing", "Team Manager"));
        Designate("mentor", FirstWithTitlePrefix(council, "Finance", "Head of"));
        Designate("supervisor", FirstWithTitlePrefix(council, "Education", "Head of"));
        Designate("hr", FirstStaff(council, "Human Resources"));
        Designate("admin", FirstStaff(council, "Digital Services"));
        Designate("hr.academy", FirstStaff(academy, "Business and Operations"));
        Designate("hr.hub", FirstStaff(hub, "Hub Workforce Team"));

        Grant(_demo["supervisor"], Roles.Supervisor);
        Grant(_demo["hr"], Roles.HrAdmin);
        Grant(_demo["hr.academy"], Roles.HrAdmin);
        Grant(_demo["hr.hub"], Roles.HrAdmin);
        Grant(_demo["admin"], Roles.SystemAdmin);

        db.People.AddRange(_people);
        AddSchemeTeams(council.Scheme!, academy.Scheme!, hub.Scheme!);
    }

    /// <summary>
    /// Each scheme has its HR admin; the academy's also leads the partnership with the training hub, and the
    /// academy has opened its register to the hub's staff.
    /// </summary>
    private void AddSchemeTeams(Scheme council, Scheme academy, Scheme hub)
    {
        var admin = _demo["admin"].Id;
        foreach (var (mailbox, scheme) in new[] { ("hr", council), ("hr.academy", academy), ("hr.academy", hub), ("hr.hub", hub) })
        {
            db.SchemeAdministrators.Add(new SchemeAdministrator { SchemeId = scheme.Id, PersonId = _demo[mailbox].Id, AssignedAt = _now.AddDays(-90), AssignedById = admin });
        }

        // The seed adds rows without detecting changes, so the opening the domain makes is added explicitly.
        academy.OpenRegisterTo([hub.Id], _demo["hr.academy"].Id, _now.AddDays(-60));
        db.RegisterOpenings.AddRange(academy.RegisterOpenings);
    }

    private static Person FirstWithTitlePrefix(OrganisationPlan plan, string area, string titlePrefix) =>
        plan.People.First(p => p.ServiceAreaId == plan.AreaId(area) && p.JobTitle!.StartsWith(titlePrefix, StringComparison.Ordinal));

    private static Person FirstStaff(OrganisationPlan plan, string area)
    {
        var areaId = plan.AreaId(area);
        var managerIds = plan.People.Where(p => p.LineManagerId is not null).Select(p => p.LineManagerId).ToHashSet();
        return plan.People.First(p => p.ServiceAreaId == areaId && !managerIds.Contains(p.Id));
    }

    private void Designate(string mailbox, Person person)
    {
        _emails.Remove(person.Email);
        person.Email = $"{mailbox}@{EmailDomain}";
        _emails.Add(person.Email);
        _demo[mailbox] = person;
    }

    private Person NewPerson(OrganisationPlan plan, ServiceArea area, string jobTitle, Person? lineManager)
    {
        // Our own lists: Bogus's en_GB locale has no given names of its own and falls back to American ones.
        var welsh = plan.Welsh && Random.Bool(0.6f);
        var given = Random.ArrayElement(welsh ? DemoCatalogue.WelshGivenNames : DemoCatalogue.GivenNames);
        var family = Random.ArrayElement(welsh ? DemoCatalogue.WelshFamilyNames : DemoCatalogue.FamilyNames);
        return new Person
        {
            GivenName = given,
            FamilyName = family,
            Email = UniqueEmail(given, family, plan.EmailPart),
            JobTitle = jobTitle,
            Telephone = FictionalTelephone(),
            OrganisationId = plan.Organisation!.Id,
            ServiceAreaId = area.Id,
            LineManagerId = lineManager?.Id,
            PreferredLanguage = plan.Welsh && Random.Bool(0.25f) ? "cy" : "en",
            CreatedAt = _now.AddDays(-Random.Int(400, 2000)),
        };
    }

    /// <summary>A number from the ranges Ofcom keeps for drama, so no demo number rings a real telephone.</summary>
    private string FictionalTelephone() =>
        Random.Bool(0.7f) ? $"01632 960{Random.Int(0, 999):000}" : $"07700 900{Random.Int(0, 999):000}";

    private string UniqueEmail(string given, string family, string organisationPart)
    {
        var local = $"{Letters(given)}.{Letters(family)}";
        var email = $"{local}@{organisationPart}.{EmailDomain}";
        for (var n = 2; !_emails.Add(email); n++)
        {
            email = $"{local}{n}@{organisationPart}.{EmailDomain}";
        }

        return email;
    }

    /// <summary>The name as ASCII letters for an e-mail address: "Siân ap Gwilym" gives "sianapgwilym".</summary>
    private static string Letters(string name) =>
        new(name.Normalize(NormalizationForm.FormD).Where(char.IsAsciiLetter).Select(char.ToLowerInvariant).ToArray());

    private void AddAuditEvents()
    {
        var hr = _demo["hr"];
        var admin = _demo["admin"];
        var paused = _profiles.First(p => p.Status == ProfileStatus.Paused);
        db.AuditEvents.AddRange(
            new AuditEvent { At = _now.AddDays(-60), ActorPersonId = admin.Id, Action = "RoleGranted", EntityType = "Person", EntityId = hr.Id, Detail = "HrAdmin" },
            new AuditEvent { At = _now.AddDays(-45), ActorPersonId = hr.Id, Action = "SchemeUpdated", EntityType = "Scheme", EntityId = _organisations[0].Scheme!.Id, Detail = "Annual supervision sessions: 1" },
            new AuditEvent { At = _now.AddDays(-30), ActorPersonId = hr.Id, Action = "ProfilePublished", EntityType = "CoachProfile", EntityId = _profiles[0].Id },
            new AuditEvent { At = paused.PausedAt ?? _now.AddDays(-20), ActorPersonId = _demo["hr.hub"].Id, Action = "ProfilePaused", EntityType = "CoachProfile", EntityId = paused.Id, Detail = paused.PausedReason },
            new AuditEvent { At = _now.AddDays(-3), ActorPersonId = admin.Id, Action = "SignInFailedLockout", EntityType = "Person", EntityId = _demo["staff"].Id });
    }

    /// <summary>An organisation to generate, with the rows made for it as the seed goes on.</summary>
    internal sealed record OrganisationPlan(
        string Name,
        string Code,
        string SchemeCode,
        string EmailPart,
        string TopTitle,
        string HeadTitle,
        string ManagerTitle,
        IReadOnlyList<ServiceAreaPlan> Areas,
        int StaffCount,
        int Practitioners,
        bool Welsh)
    {
        public Organisation? Organisation { get; init; }
        public Scheme? Scheme { get; init; }
        public List<Person> People { get; } = [];

        public Guid AreaId(string name) => Organisation!.ServiceAreas.Single(a => a.Name == name).Id;
    }

    internal sealed record ServiceAreaPlan(string Name, int Teams, string[] StaffTitles);
}
