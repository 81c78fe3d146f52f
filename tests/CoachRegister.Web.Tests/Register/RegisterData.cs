using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Organisations;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Register;

/// <summary>One-line builders for the register's test data.</summary>
public static class RegisterData
{
    public static async Task<Scheme> SchemeAsync(this RegisterPortalFactory factory, Action<Scheme>? change = null) =>
        await factory.WithDbAsync(async db =>
        {
            var scheme = new Scheme
            {
                Name = "Scheme " + Guid.NewGuid().ToString("N")[..8],
                Code = Guid.NewGuid().ToString("N")[..8],
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

    public static async Task<Organisation> OrganisationAsync(this RegisterPortalFactory factory, Guid schemeId, string? name = null) =>
        await factory.WithDbAsync(async db =>
        {
            var organisation = new Organisation { Name = name ?? "Organisation " + Guid.NewGuid().ToString("N")[..8], SchemeId = schemeId };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation;
        });

    public static async Task<CoachingArea> AreaAsync(this RegisterPortalFactory factory, string name, int sortOrder = 0) =>
        await factory.WithDbAsync(async db =>
        {
            var area = new CoachingArea { Name = name + " " + Guid.NewGuid().ToString("N")[..6], NameWelsh = "Cy " + name, SortOrder = sortOrder };
            db.CoachingAreas.Add(area);
            await db.SaveChangesAsync();
            return area;
        });

    /// <summary>A person with a sign-in account holding <paramref name="roles"/>.</summary>
    public static async Task<(Person Person, Guid UserId)> PersonAsync(
        this RegisterPortalFactory factory, string givenName, string familyName, Guid? organisationId = null, Guid? lineManagerId = null, params string[] roles)
    {
        Person person = null!;
        Guid userId = default;
        await factory.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            person = new Person
            {
                GivenName = givenName,
                FamilyName = familyName,
                Email = $"{givenName}.{familyName}.{Guid.NewGuid():N}@example.org".ToLowerInvariant(),
                JobTitle = "Social worker",
                OrganisationId = organisationId,
                LineManagerId = lineManagerId,
            };
            db.People.Add(person);
            await db.SaveChangesAsync();

            var roleManager = services.GetRequiredService<RoleManager<ApplicationRole>>();
            foreach (var role in roles)
            {
                if (!await roleManager.RoleExistsAsync(role))
                {
                    await roleManager.CreateAsync(new ApplicationRole(role));
                }
            }

            var userManager = services.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = person.Email, Email = person.Email, EmailConfirmed = true, PersonId = person.Id };
            var created = await userManager.CreateAsync(user);
            Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
            if (roles.Length > 0)
            {
                await userManager.AddToRolesAsync(user, roles);
            }

            userId = user.Id;
        });
        return (person, userId);
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

    public static async Task<CoachProfile> ProfileAsync(
        this RegisterPortalFactory factory, Guid personId, Guid schemeId, Action<CoachProfile>? change = null, IEnumerable<Guid>? areaIds = null, int activeMatches = 0) =>
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
                var coachee = new Person { GivenName = "Coachee", FamilyName = i.ToString(), Email = $"coachee{Guid.NewGuid():N}@example.org" };
                db.People.Add(coachee);
                db.Matches.Add(new Match { CoachProfileId = profile.Id, CoacheeId = coachee.Id, Kind = OfferType.Coaching, Status = MatchStatus.Active });
            }

            await db.SaveChangesAsync();
            return profile;
        });
}

public static class ApplicationData
{
    /// <summary>A submitted application at <paramref name="status"/>, with one area and the given qualifications.</summary>
    public static async Task<CoachApplication> ApplicationAsync(
        this RegisterPortalFactory factory, Guid applicantId, Guid schemeId, Guid? lineManagerId, ApplicationStatus status,
        OfferType offers = OfferType.Coaching, DateTimeOffset? submittedAt = null, params (QualificationLevel Level, QualificationStatus Status)[] qualifications) =>
        await factory.WithDbAsync(async db =>
        {
            var area = new CoachingArea { Name = "Area " + Guid.NewGuid().ToString("N")[..8] };
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
}
