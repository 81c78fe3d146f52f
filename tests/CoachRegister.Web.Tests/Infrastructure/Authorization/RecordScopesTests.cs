using System.Security.Claims;
using CoachRegister.Data;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Development;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Tests.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Infrastructure.Authorization;

/// <summary>
/// The lists (directory, HR's queues) are the access policy written as query filters: over the whole demo
/// register, for every HR admin and a sample of staff, each list holds exactly the records the policy lets
/// that person read in the list's sense, record by record.
/// </summary>
public class RecordScopesTests(SeededPortalFactory factory) : IClassFixture<SeededPortalFactory>
{
    [Fact]
    public async Task Every_list_holds_exactly_what_the_policy_lets_its_reader_see()
    {
        var askers = await AskersAsync();
        Assert.Contains(askers, a => a.AdministeredSchemeIds.Count > 1);
        Assert.Contains(askers, a => a.IsStaff && a.VisibleRegisterSchemeIds.Count > 1);

        await factory.WithDbAsync(async db =>
        {
            var profiles = await db.CoachProfiles.AsNoTracking()
                .Select(p => new { p.Id, p.SchemeId, p.Status, p.PersonId, SupervisorPersonId = p.SupportingMentor == null ? (Guid?)null : p.SupportingMentor.PersonId })
                .ToListAsync();
            var sessions = await db.SupervisionSessions.AsNoTracking()
                .Join(db.CoachProfiles, s => s.CoachProfileId, p => p.Id, (s, p) => new { Session = s, p.SchemeId, p.PersonId })
                .ToListAsync();
            var supervisorsSeen = 0;
            var applications = await db.CoachApplications.AsNoTracking().ToListAsync();
            var schemes = await db.Schemes.AsNoTracking().ToListAsync();
            var organisations = await db.Organisations.AsNoTracking().ToListAsync();
            foreach (var asker in askers)
            {
                var directory = (await db.CoachProfiles.InDirectoryOf(asker).Select(p => p.Id).ToListAsync()).ToHashSet();
                var readable = profiles.Where(p => p.Status == ProfileStatus.Published
                    && AccessPolicy.Allows(asker, CoachProfile.Parties(p.SchemeId, p.Status, p.PersonId), Access.Read)).Select(p => p.Id).ToHashSet();
                Assert.True(readable.SetEquals(directory), $"The directory of {asker.PersonId} differs from what the policy lets them read.");

                var administered = (await db.CoachProfiles.AdministeredBy(asker).Select(p => p.Id).ToListAsync()).ToHashSet();
                var asHr = profiles.Where(p => asker.Administers(p.SchemeId)
                    && AccessPolicy.Allows(asker, CoachProfile.Parties(p.SchemeId, p.Status, p.PersonId), Access.Write)).Select(p => p.Id).ToHashSet();
                Assert.True(asHr.SetEquals(administered), $"HR's profiles for {asker.PersonId} differ from the policy.");

                var queue = (await db.CoachApplications.SentToSchemesOf(asker).Select(a => a.Id).ToListAsync()).ToHashSet();
                var hrReads = applications.Where(a => asker.Administers(a.SchemeId)
                    && AccessPolicy.Allows(asker, a.AccessParties(), Access.Read)).Select(a => a.Id).ToHashSet();
                Assert.True(hrReads.SetEquals(queue), $"HR's applications for {asker.PersonId} differ from the policy.");

                var toAnswer = (await db.CoachApplications.AwaitingAnswerFrom(asker).Select(a => a.Id).ToListAsync()).ToHashSet();
                var answerable = applications.Where(a => AccessPolicy.Allows(asker, a.SupportRequestParties(), Access.Write)).Select(a => a.Id).ToHashSet();
                Assert.True(answerable.SetEquals(toAnswer), $"The support requests waiting for {asker.PersonId} differ from the policy.");

                var settings = (await db.Schemes.AdministeredBy(asker).Select(s => s.Id).ToListAsync()).ToHashSet();
                var changeable = schemes.Where(s => AccessPolicy.Allows(asker, s.AccessParties(), Access.Write)).Select(s => s.Id).ToHashSet();
                Assert.True(changeable.SetEquals(settings), $"The schemes {asker.PersonId} sets differ from the policy.");

                var supervised = (await db.CoachProfiles.SupervisedBy(asker).Select(p => p.Id).ToListAsync()).ToHashSet();
                var asSupervisor = profiles.Where(p => p.SupervisorPersonId == asker.PersonId
                    && AccessPolicy.Allows(asker, CpdActivity.Parties(p.SchemeId, p.PersonId, p.SupervisorPersonId), Access.Read)).Select(p => p.Id).ToHashSet();
                Assert.True(asSupervisor.SetEquals(supervised), $"The supervisees of {asker.PersonId} differ from the policy.");
                supervisorsSeen += supervised.Count > 0 ? 1 : 0;

                var toConfirm = (await db.SupervisionSessions.AwaitingConfirmationBy(asker).Select(s => s.Id).ToListAsync()).ToHashSet();
                var confirmable = sessions.Where(s => !s.Session.ConfirmedBySupervisor && s.Session.Kind != SupervisionKind.PeerSupport
                    && AccessPolicy.Allows(asker, s.Session.ConfirmationParties(s.SchemeId, s.PersonId), Access.Write)).Select(s => s.Session.Id).ToHashSet();
                Assert.True(confirmable.SetEquals(toConfirm), $"The sessions waiting for {asker.PersonId} to confirm differ from the policy.");

                var managed = (await db.Organisations.RegistrationManagedBy(asker).Select(o => o.Id).ToListAsync()).ToHashSet();
                var registrations = organisations.Where(o => AccessPolicy.Allows(asker, o.RegistrationParties(), Access.Write)).Select(o => o.Id).ToHashSet();
                Assert.True(registrations.SetEquals(managed), $"The organisations whose registration {asker.PersonId} manages differ from the policy.");
            }

            Assert.True(supervisorsSeen > 0, "No asker supervises anyone, so the supervision lists were not compared.");
        });
    }

    /// <summary>Every HR admin, system admin and supervisor of the demo, and every tenth member of staff, as the portal sees them.</summary>
    private async Task<List<Asker>> AskersAsync()
    {
        var people = await factory.WithDbAsync(async db =>
        {
            var privileged = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .Where(x => x.Name == CoachRegister.Data.Identity.Roles.HrAdmin || x.Name == CoachRegister.Data.Identity.Roles.SystemAdmin)
                .Select(x => x.UserId).ToListAsync();
            var supervisors = await db.CoachProfiles.Where(p => p.SupportingMentor != null).Select(p => p.SupportingMentor!.PersonId).Distinct().ToListAsync();
            var users = await db.Users.AsNoTracking().OrderBy(u => u.Id).Select(u => new { u.Id, u.PersonId }).ToListAsync();
            return users.Where((u, i) => privileged.Contains(u.Id) || i % 10 == 0 || supervisors.Contains(u.PersonId)).Select(u => (u.Id, u.PersonId)).ToList();
        });

        var askers = new List<Asker>();
        foreach (var (userId, personId) in people)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var roles = await db.UserRoles.Where(ur => ur.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync();
            var user = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(PortalClaims.PersonId, personId.ToString()), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "Test"));
            askers.Add((await scope.ServiceProvider.GetRequiredService<Askers>().ForAsync(user))!);
        }

        return askers;
    }
}
