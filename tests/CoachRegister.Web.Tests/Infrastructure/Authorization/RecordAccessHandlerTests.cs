using System.Security.Claims;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Infrastructure.Authorization;

/// <summary>The handler as the portal registers it, asked through IAuthorizationService like the features do.</summary>
public class RecordAccessHandlerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly Guid Coach = Guid.NewGuid();
    private static readonly Guid Coachee = Guid.NewGuid();
    private static readonly Guid Manager = Guid.NewGuid();

    [Fact]
    public async Task The_coach_may_write_session_content_and_the_coachee_may_only_read_it()
    {
        var session = new RecordParties(RecordKind.SessionContent, Coach, Coachee, LineManagerPersonId: Manager);

        Assert.True(await AllowedAsync(User(Coach), session, RecordAccess.Write));
        Assert.True(await AllowedAsync(User(Coachee), session, RecordAccess.Read));
        Assert.False(await AllowedAsync(User(Coachee), session, RecordAccess.Write));
    }

    [Fact]
    public async Task The_line_manager_and_hr_are_refused_session_content()
    {
        var session = new RecordParties(RecordKind.SessionContent, Coach, Coachee, LineManagerPersonId: Manager);

        Assert.False(await AllowedAsync(User(Manager), session, RecordAccess.Read));
        Assert.False(await AllowedAsync(User(Guid.NewGuid(), Roles.HrAdmin), session, RecordAccess.Read));
        Assert.False(await AllowedAsync(User(Guid.NewGuid(), Roles.SystemAdmin), session, RecordAccess.Read));
    }

    [Fact]
    public async Task Hr_reads_activity_figures()
    {
        var figures = new RecordParties(RecordKind.ActivityFigures, Coach, Coachee, LineManagerPersonId: Manager);

        Assert.True(await AllowedAsync(User(Guid.NewGuid(), Roles.HrAdmin), figures, RecordAccess.Read));
        Assert.False(await AllowedAsync(User(Manager), figures, RecordAccess.Read));
    }

    [Fact]
    public async Task A_user_without_a_person_claim_is_refused_everything()
    {
        var profile = new RecordParties(RecordKind.Profile, Coach);
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());

        Assert.False(await AllowedAsync(anonymous, profile, RecordAccess.Read));
    }

    private static ClaimsPrincipal User(Guid personId, params string[] roles) =>
        new(new ClaimsIdentity(
            [new Claim(PortalClaims.PersonId, personId.ToString()), .. roles.Select(r => new Claim(ClaimTypes.Role, r))],
            authenticationType: "Test"));

    private async Task<bool> AllowedAsync(ClaimsPrincipal user, RecordParties record, RecordAccessRequirement requirement)
    {
        var authorization = factory.Services.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(user, record, requirement)).Succeeded;
    }
}
