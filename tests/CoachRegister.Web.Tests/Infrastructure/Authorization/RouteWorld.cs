using CoachRegister.Data.Identity;
using CoachRegister.Domain.Organisations;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Infrastructure.Authorization;

/// <summary>How a visitor stands towards the record a route case is about: the columns of the route table.</summary>
public enum Visitor
{
    Anonymous,
    /// <summary>The person the record belongs to: the applicant, the coach whose profile it is, the person asking.</summary>
    Owner,
    /// <summary>The owner's line manager, named on their application or request.</summary>
    LineManager,
    /// <summary>Another member of staff of the owner's scheme.</summary>
    OtherStaff,
    /// <summary>A published coach of another scheme, whose register is not opened to the owner's.</summary>
    OtherSchemeCoach,
    /// <summary>An HR admin of the owner's scheme (not staff of it).</summary>
    Hr,
    /// <summary>An HR admin of the other scheme only.</summary>
    OtherHr,
    /// <summary>A system admin who belongs to no organisation.</summary>
    SystemAdmin,
}

/// <summary>
/// The people and schemes every route case starts from: scheme A, where the owner, their line manager and
/// another member of staff work and whose HR admin is <see cref="Visitor.Hr"/>; scheme B, with its own
/// coach and HR admin. Records for a case are added with the helpers below, in the same real database.
/// </summary>
public sealed class RouteWorld
{
    private readonly Dictionary<Visitor, TestUser> _people = [];

    private RouteWorld(PortalFactory factory) => Factory = factory;

    public PortalFactory Factory { get; }
    public required Scheme SchemeA { get; init; }
    public required Organisation OrganisationA { get; init; }
    public required Scheme SchemeB { get; init; }
    public required CoachProfile OtherSchemeCoachProfile { get; init; }

    public TestUser this[Visitor visitor] => _people[visitor];

    public TestUser Owner => _people[Visitor.Owner];
    public TestUser LineManager => _people[Visitor.LineManager];
    public TestUser Hr => _people[Visitor.Hr];

    public static async Task<RouteWorld> CreateAsync(PortalFactory factory)
    {
        var schemeA = await factory.SchemeAsync(s => { s.RequiresReferences = false; s.RequiresPracticeDetails = false; });
        var schemeB = await factory.SchemeAsync();
        var organisationA = await factory.OrganisationAsync(schemeA.Id);
        var organisationB = await factory.OrganisationAsync(schemeB.Id);
        var manager = await factory.PersonAsync("Lena", "Manager", organisationA.Id, null, Roles.Staff);
        var owner = await factory.PersonAsync("Olu", "Owner", organisationA.Id, manager.PersonId, Roles.Staff);
        var otherStaff = await factory.PersonAsync("Oona", "Colleague", organisationA.Id, null, Roles.Staff);
        var otherCoach = await factory.PersonAsync("Bryn", "Coach", organisationB.Id, null, Roles.Staff, Roles.Coach);
        var hr = await factory.PersonAsync("Hana", "Hr", null, null, Roles.HrAdmin);
        var otherHr = await factory.PersonAsync("Huw", "OtherHr", null, null, Roles.HrAdmin);
        var admin = await factory.PersonAsync("Sam", "Admin", null, null, Roles.SystemAdmin);
        await factory.AdministerAsync(hr.PersonId, schemeA.Id);
        await factory.AdministerAsync(otherHr.PersonId, schemeB.Id);
        var world = new RouteWorld(factory)
        {
            SchemeA = schemeA,
            OrganisationA = organisationA,
            SchemeB = schemeB,
            OtherSchemeCoachProfile = await factory.ProfileAsync(otherCoach.PersonId, schemeB.Id, p => p.Offers = OfferType.Both),
        };
        world._people[Visitor.Owner] = owner;
        world._people[Visitor.LineManager] = manager;
        world._people[Visitor.OtherStaff] = otherStaff;
        world._people[Visitor.OtherSchemeCoach] = otherCoach;
        world._people[Visitor.Hr] = hr;
        world._people[Visitor.OtherHr] = otherHr;
        world._people[Visitor.SystemAdmin] = admin;
        return world;
    }

    /// <summary>The client a visitor browses with: signed in by the test header, or not at all.</summary>
    public FormClient ClientFor(Visitor visitor) =>
        visitor == Visitor.Anonymous ? Factory.CreateFormClient() : Factory.ClientFor(_people[visitor]);

    /// <summary>Gives the owner a profile on scheme A's register (coaching and mentoring) in <paramref name="status"/>, with a photo.</summary>
    public async Task<CoachProfile> OwnerProfileAsync(ProfileStatus status)
    {
        await Factory.WithDbAsync(async db =>
        {
            var coach = await db.Roles.SingleAsync(r => r.Name == Roles.Coach);
            db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<Guid> { UserId = Owner.UserId, RoleId = coach.Id });
            await db.SaveChangesAsync();
        });
        var area = await Factory.AreaAsync("Leadership");
        var profile = await Factory.ProfileAsync(Owner.PersonId, SchemeA.Id, p =>
        {
            p.Offers = OfferType.Both;
            p.Status = status;
            p.HasPhoto = true;
            p.StatusBeforePause = status == ProfileStatus.Paused ? ProfileStatus.Published : null;
            p.PausedReason = status == ProfileStatus.Paused ? "Supervision lapsed" : null;
        }, [area.Id]);
        await Factory.WithDbAsync(async db =>
        {
            db.ProfilePhotos.Add(new CoachProfilePhoto { CoachProfileId = profile.Id, Content = [0xFF, 0xD8, 0xFF, 0xD9], ContentType = "image/jpeg" });
            await db.SaveChangesAsync();
        });
        return profile;
    }

    /// <summary>
    /// The owner's application to scheme A at <paramref name="status"/>, naming their line manager: complete, with
    /// every commitment confirmed, so a draft can be sent and a supported one decided.
    /// </summary>
    public async Task<CoachApplication> OwnerApplicationAsync(ApplicationStatus status, LineManagerSupport? support = null)
    {
        var application = await Factory.ApplicationAsync(Owner.PersonId, SchemeA.Id, LineManager.PersonId, status, OfferType.Mentoring);
        await Factory.WithDbAsync(async db =>
        {
            var stored = await db.CoachApplications.SingleAsync(a => a.Id == application.Id);
            stored.AgreesToExpectations = stored.ConfirmsCodeOfEthics = stored.ConfirmsSupervisionAndCpd = true;
            stored.ConfirmsLineManagerRelease = stored.ConfirmsDataProcessing = true;
            stored.LineManagerSupport = support ?? stored.LineManagerSupport;
            if (status == ApplicationStatus.Draft && support is null)
            {
                stored.SubmittedAt = null;
                stored.LineManagerSupport = LineManagerSupport.Pending;
            }

            await db.SaveChangesAsync();
        });
        return application;
    }

    public Task<CoachingArea> AreaAsync() => Factory.AreaAsync("Routes");

    /// <summary>Makes scheme A ask for references and practice details, as a primary-care scheme does.</summary>
    public Task AskForReferencesAndPracticeAsync() =>
        Factory.WithDbAsync(db => db.Schemes.Where(s => s.Id == SchemeA.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RequiresReferences, true).SetProperty(s => s.RequiresPracticeDetails, true)));
}
