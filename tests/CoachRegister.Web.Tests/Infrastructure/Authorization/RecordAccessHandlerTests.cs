using System.Security.Claims;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Organisations;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Schemes;
using CoachRegister.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Infrastructure.Authorization;

/// <summary>
/// The handler as the portal registers it, asked through IAuthorizationService like the features do, with
/// the asker's schemes read from the real database.
/// </summary>
public class RecordAccessHandlerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private sealed record World(Guid SchemeA, Guid SchemeB, Guid StaffOfA, Guid StaffOfB, Guid HrOfA, Guid HrOfB);

    private async Task<World> ArrangeAsync(bool openAToB = false) =>
        await factory.WithDbAsync(async db =>
        {
            var a = new Scheme { Name = "A " + Guid.NewGuid(), Code = Guid.NewGuid().ToString("N")[..8] };
            var b = new Scheme { Name = "B " + Guid.NewGuid(), Code = Guid.NewGuid().ToString("N")[..8] };
            var orgA = new Organisation { Name = "Org A " + Guid.NewGuid(), SchemeId = a.Id };
            var orgB = new Organisation { Name = "Org B " + Guid.NewGuid(), SchemeId = b.Id };
            Person In(Organisation? o) => new() { GivenName = "P", FamilyName = "Q", Email = $"{Guid.NewGuid():N}@example.test", OrganisationId = o?.Id };
            var (staffA, staffB, hrA, hrB) = (In(orgA), In(orgB), In(null), In(null));
            db.AddRange(a, b, orgA, orgB, staffA, staffB, hrA, hrB);
            db.SchemeAdministrators.AddRange(
                new SchemeAdministrator { SchemeId = a.Id, PersonId = hrA.Id },
                new SchemeAdministrator { SchemeId = b.Id, PersonId = hrB.Id });
            if (openAToB)
            {
                a.OpenRegisterTo([b.Id], null, DateTimeOffset.UtcNow);
            }

            await db.SaveChangesAsync();
            return new World(a.Id, b.Id, staffA.Id, staffB.Id, hrA.Id, hrB.Id);
        });

    [Fact]
    public async Task Hr_reads_a_sent_application_of_their_scheme_and_not_of_another()
    {
        var w = await ArrangeAsync();
        var application = new RecordParties(RecordKind.CoachApplication, w.SchemeA, RecordState.AwaitingScheme, ApplicantPersonId: w.StaffOfA);

        Assert.True(await AllowedAsync(User(w.HrOfA), application, RecordAccess.Write));
        Assert.False(await AllowedAsync(User(w.HrOfB), application, RecordAccess.Read));
        Assert.False(await AllowedAsync(User(w.StaffOfB), application, RecordAccess.Read));
    }

    [Fact]
    public async Task Staff_read_a_published_profile_of_another_scheme_only_once_its_register_is_opened_to_them()
    {
        var closed = await ArrangeAsync();
        var opened = await ArrangeAsync(openAToB: true);

        Assert.True(await AllowedAsync(User(closed.StaffOfA), Profile(closed.SchemeA), RecordAccess.Read));
        Assert.False(await AllowedAsync(User(closed.StaffOfB), Profile(closed.SchemeA), RecordAccess.Read));
        Assert.True(await AllowedAsync(User(opened.StaffOfB), Profile(opened.SchemeA), RecordAccess.Read));
        Assert.False(await AllowedAsync(User(opened.StaffOfB), Profile(opened.SchemeA), RecordAccess.Write));
    }

    [Fact]
    public async Task The_coach_writes_session_content_the_coachee_reads_it_and_hr_and_the_line_manager_are_refused()
    {
        var w = await ArrangeAsync();
        var session = new RecordParties(RecordKind.SessionContent, w.SchemeA, CoachPersonId: w.StaffOfA, CoacheePersonId: w.StaffOfB, LineManagerPersonId: w.HrOfB);

        Assert.True(await AllowedAsync(User(w.StaffOfA), session, RecordAccess.Write));
        Assert.True(await AllowedAsync(User(w.StaffOfB), session, RecordAccess.Read));
        Assert.False(await AllowedAsync(User(w.StaffOfB), session, RecordAccess.Write));
        Assert.False(await AllowedAsync(User(w.HrOfA), session, RecordAccess.Read));
        Assert.False(await AllowedAsync(User(w.HrOfB), session, RecordAccess.Read));
    }

    [Fact]
    public async Task A_system_admin_of_no_organisation_reads_no_profile_and_a_user_without_a_person_nothing()
    {
        var w = await ArrangeAsync();
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());

        Assert.False(await AllowedAsync(User(w.HrOfA, CoachRegister.Data.Identity.Roles.SystemAdmin), Profile(w.SchemeB), RecordAccess.Read));
        Assert.False(await AllowedAsync(anonymous, Profile(w.SchemeA), RecordAccess.Read));
        Assert.False(await AllowedAsync(User(Guid.NewGuid()), Profile(w.SchemeA), RecordAccess.Read));
    }

    private static RecordParties Profile(Guid scheme) =>
        new(RecordKind.Profile, scheme, RecordState.Published, CoachPersonId: Guid.NewGuid());

    private static ClaimsPrincipal User(Guid personId, params string[] roles) =>
        new(new ClaimsIdentity(
            [new Claim(PortalClaims.PersonId, personId.ToString()), .. roles.Select(r => new Claim(ClaimTypes.Role, r))],
            authenticationType: "Test"));

    /// <summary>One scope per question, as one request is: the asker is read from the database once per scope.</summary>
    private async Task<bool> AllowedAsync(ClaimsPrincipal user, RecordParties record, RecordAccessRequirement requirement)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var authorization = scope.ServiceProvider.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(user, record, requirement)).Succeeded;
    }
}
