using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Organisations;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Infrastructure;

/// <summary>An account made for a test. <see cref="AuthenticatorKey"/> is set when it signs in with an authenticator app.</summary>
public sealed record TestUser(Guid UserId, Guid PersonId, string Email, string Password, string? AuthenticatorKey = null);

/// <summary>
/// One-line builders for every test's data: schemes, organisations with service areas, people with a line
/// manager and an account holding roles, and the register's areas, profiles and applications. Names, codes and
/// addresses are unique, so a test finds its own rows by id and never collides with another test's.
/// </summary>
public static class TestData
{
    /// <summary>Every test account's password: strong, not common, and free of any test person's name or address.</summary>
    public const string Password = "Pale lantern over a quiet river 7";

    private const string DefaultSchemeCode = "TEST";

    /// <summary>The e-mail domain every organisation made here accepts, so the tests' new accounts may register.</summary>
    public const string TestEmailDomain = "example.test";

    private const string DefaultOrganisationName = "Test organisation";

    private static readonly SemaphoreSlim DefaultOrganisationGate = new(1, 1);
    private static int _sequence;
    private static string? _passwordHash;

    public static async Task<Scheme> SchemeAsync(this PortalFactory factory, Action<Scheme>? change = null) =>
        await factory.WithDbAsync(async db =>
        {
            var scheme = new Scheme
            {
                Name = "Scheme " + Unique(),
                Code = Unique(),
                MaxCoachees = 8,
                MaxCoacheesWhileDeveloping = 4,
                AllowsCompetencyInterview = true,
                RequiresReferences = true,
            };
            change?.Invoke(scheme);
            db.Schemes.Add(scheme);
            await db.SaveChangesAsync();
            return scheme;
        });

    /// <summary>An organisation with two service areas, in <paramref name="schemeId"/> or, when none is given, in a new scheme.</summary>
    public static async Task<Organisation> OrganisationAsync(this PortalFactory factory, Guid? schemeId = null, string? name = null)
    {
        var scheme = schemeId ?? (await factory.SchemeAsync()).Id;
        return await factory.WithDbAsync(async db =>
        {
            var organisation = new Organisation
            {
                Name = name ?? "Organisation " + Unique(),
                SchemeId = scheme,
                ServiceAreas = [new ServiceArea { Name = "Children's services" }, new ServiceArea { Name = "Adult social care" }],
            };
            organisation.AllowEmailDomain(TestEmailDomain, byPersonId: null, DateTimeOffset.UtcNow);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation;
        });
    }

    /// <summary>The organisation (and scheme) of people made by <see cref="CreateUserAsync(PortalFactory, string[])"/>: made once per database.</summary>
    public static async Task<Organisation> DefaultOrganisationAsync(this PortalFactory factory)
    {
        await DefaultOrganisationGate.WaitAsync();
        try
        {
            return await factory.WithDbAsync(async db =>
            {
                var existing = await db.Organisations.Include(o => o.ServiceAreas).SingleOrDefaultAsync(o => o.Name == DefaultOrganisationName);
                if (existing is not null)
                {
                    return existing;
                }

                var scheme = db.Schemes.Add(new Scheme { Name = "Test scheme", Code = DefaultSchemeCode }).Entity;
                var organisation = new Organisation
                {
                    Name = DefaultOrganisationName,
                    SchemeId = scheme.Id,
                    ServiceAreas = [new ServiceArea { Name = "Children's services" }, new ServiceArea { Name = "Adult social care" }],
                };
                organisation.AllowEmailDomain(TestEmailDomain, byPersonId: null, DateTimeOffset.UtcNow);
                db.Organisations.Add(organisation);
                await db.SaveChangesAsync();
                return organisation;
            });
        }
        finally
        {
            DefaultOrganisationGate.Release();
        }
    }

    /// <summary>
    /// A person named <paramref name="givenName"/> <paramref name="familyName"/> in <paramref name="organisationId"/>
    /// (in its first service area; no organisation when null) reporting to <paramref name="lineManagerId"/>, with a
    /// confirmed account holding <paramref name="roles"/> and the password <see cref="Password"/>.
    /// </summary>
    public static async Task<TestUser> PersonAsync(
        this PortalFactory factory, string givenName, string familyName, Guid? organisationId = null, Guid? lineManagerId = null, params string[] roles)
    {
        var serviceAreaId = organisationId is null
            ? null
            : await factory.WithDbAsync(db => db.ServiceAreas.Where(a => a.OrganisationId == organisationId).OrderBy(a => a.Name).Select(a => (Guid?)a.Id).FirstOrDefaultAsync());
        var person = new Person
        {
            GivenName = givenName,
            FamilyName = familyName,
            Email = $"{givenName}.{familyName}.{Guid.NewGuid():N}@example.org".ToLowerInvariant(),
            JobTitle = "Social worker",
            OrganisationId = organisationId,
            ServiceAreaId = serviceAreaId,
            LineManagerId = lineManagerId,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        return await factory.AddPersonWithAccountAsync(person, withAuthenticator: false, roles);
    }

    /// <summary>Makes <paramref name="personId"/> an HR admin of each scheme (a partnership lead when there are several).</summary>
    public static async Task AdministerAsync(this PortalFactory factory, Guid personId, params Guid[] schemeIds) =>
        await factory.WithDbAsync(async db =>
        {
            foreach (var schemeId in schemeIds)
            {
                db.SchemeAdministrators.Add(new SchemeAdministrator { PersonId = personId, SchemeId = schemeId, AssignedAt = DateTimeOffset.UtcNow });
            }

            await db.SaveChangesAsync();
        });

    /// <summary>A confirmed account (and its person, in the <see cref="DefaultOrganisationAsync"/>) with the given roles.</summary>
    public static Task<TestUser> CreateUserAsync(this PortalFactory factory, params string[] roles) =>
        factory.CreateUserAsync(withAuthenticator: false, roles);

    /// <summary>As <see cref="CreateUserAsync(PortalFactory, string[])"/>, with an authenticator app set up and two-factor sign-in on.</summary>
    public static async Task<TestUser> CreateUserAsync(this PortalFactory factory, bool withAuthenticator, params string[] roles)
    {
        var organisation = await factory.DefaultOrganisationAsync();
        var number = Interlocked.Increment(ref _sequence);
        var person = new Person
        {
            GivenName = "Robin",
            FamilyName = $"Jones{number}",
            Email = $"person{number}.{Guid.NewGuid():N}@example.test",
            JobTitle = "Practitioner",
            OrganisationId = organisation.Id,
            ServiceAreaId = organisation.ServiceAreas.OrderBy(a => a.Name).First().Id,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        return await factory.AddPersonWithAccountAsync(person, withAuthenticator, roles);
    }

    /// <summary>A coaching area with a unique English name (starting with <paramref name="name"/>) and a Welsh one.</summary>
    public static async Task<CoachingArea> AreaAsync(this PortalFactory factory, string name, int sortOrder = 0) =>
        await factory.WithDbAsync(async db =>
        {
            var area = new CoachingArea { Name = name + " " + Guid.NewGuid().ToString("N")[..6], NameWelsh = "Cy " + name, SortOrder = sortOrder };
            db.CoachingAreas.Add(area);
            await db.SaveChangesAsync();
            return area;
        });

    /// <summary>A published coaching profile with two places, and <paramref name="activeMatches"/> of them taken by new coachees.</summary>
    public static async Task<CoachProfile> ProfileAsync(
        this PortalFactory factory, Guid personId, Guid schemeId, Action<CoachProfile>? change = null, IEnumerable<Guid>? areaIds = null, int activeMatches = 0) =>
        await factory.WithDbAsync(async db =>
        {
            var profile = new CoachProfile
            {
                PersonId = personId,
                SchemeId = schemeId,
                Offers = OfferType.Coaching,
                Status = ProfileStatus.Published,
                Bio = "I coach people through change.",
                Formats = DeliveryFormat.Video | DeliveryFormat.Telephone,
                Capacity = 2,
                AcceptingNewCoachees = true,
            };
            change?.Invoke(profile);
            if (areaIds is not null)
            {
                var ids = areaIds.ToList();
                profile.Areas = await db.CoachingAreas.Where(a => ids.Contains(a.Id)).ToListAsync();
            }

            db.CoachProfiles.Add(profile);
            for (var i = 0; i < activeMatches; i++)
            {
                var coachee = new Person { GivenName = "Coachee", FamilyName = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Email = $"coachee{Guid.NewGuid():N}@example.org" };
                db.People.Add(coachee);
                db.Matches.Add(new Match { CoachProfileId = profile.Id, CoacheeId = coachee.Id, Kind = OfferType.Coaching, Status = MatchStatus.Active });
            }

            await db.SaveChangesAsync();
            return profile;
        });

    /// <summary>A submitted application at <paramref name="status"/>, with one area and the given qualifications.</summary>
    public static async Task<CoachApplication> ApplicationAsync(
        this PortalFactory factory, Guid applicantId, Guid schemeId, Guid? lineManagerId, ApplicationStatus status,
        OfferType offers = OfferType.Coaching, DateTimeOffset? submittedAt = null, params (QualificationLevel Level, QualificationStatus Status)[] qualifications) =>
        await factory.WithDbAsync(async db =>
        {
            var area = new CoachingArea { Name = "Area " + Unique() };
            db.CoachingAreas.Add(area);
            var application = new CoachApplication
            {
                ApplicantId = applicantId,
                SchemeId = schemeId,
                LineManagerId = lineManagerId,
                Status = status,
                Offers = offers,
                ExperienceAndSkills = "Years of team leadership",
                Motivation = "Helping others",
                Areas = [area],
                QualificationsAnswered = true,
                LineManagerSupport = status == ApplicationStatus.AwaitingLineManager ? LineManagerSupport.Pending : LineManagerSupport.Supported,
                CreatedAt = DateTimeOffset.UtcNow.AddDays(-10),
                SubmittedAt = submittedAt ?? DateTimeOffset.UtcNow.AddDays(-3),
            };
            foreach (var (level, qualificationStatus) in qualifications)
            {
                application.Qualifications.Add(new ApplicationQualification { CoachApplicationId = application.Id, Level = level, Status = qualificationStatus });
            }

            db.CoachApplications.Add(application);
            await db.SaveChangesAsync();
            return application;
        });

    private static async Task<TestUser> AddPersonWithAccountAsync(this PortalFactory factory, Person person, bool withAuthenticator, string[] roles)
    {
        TestUser? created = null;
        await factory.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            db.People.Add(person);
            await db.SaveChangesAsync();

            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = person.Email, Email = person.Email, EmailConfirmed = true, PersonId = person.Id };
            // Hashing is slow by design; one hash of the shared password serves every account.
            user.PasswordHash = _passwordHash ??= users.PasswordHasher.HashPassword(user, Password);
            Succeeded(await users.CreateAsync(user));
            if (roles.Length > 0)
            {
                Succeeded(await users.AddToRolesAsync(user, roles));
            }

            string? key = null;
            if (withAuthenticator)
            {
                Succeeded(await users.ResetAuthenticatorKeyAsync(user));
                key = await users.GetAuthenticatorKeyAsync(user);
                Succeeded(await users.SetTwoFactorEnabledAsync(user, true));
            }

            created = new TestUser(user.Id, person.Id, person.Email, Password, key);
        });
        return created!;
    }

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private static void Succeeded(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
