using System.Security.Claims;
using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Home;

/// <summary>Builds the home page from the signed-in person's own records, one small query per panel.</summary>
public sealed class HomeDashboardService(AppDbContext db, Askers askers, Matching.MatchingHomePanels matching)
{
    public async Task<HomeDashboard?> GetAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (await askers.ForAsync(user) is not { } asker)
        {
            return null;
        }

        var me = asker.PersonId;
        var givenName = await db.People.AsNoTracking().Where(p => p.Id == me).Select(p => p.GivenName).SingleOrDefaultAsync(ct);
        if (givenName is null)
        {
            return null;
        }

        var myCoaching = await db.Matches.AsNoTracking()
            .Where(m => m.CoacheeId == me && Match.HoldsPlace.Contains(m.Status))
            .OrderBy(m => m.CreatedAt)
            .Select(m => new MyMatch(m.Coach!.Person!.GivenName + " " + m.Coach.Person.FamilyName, m.Kind, m.Status, m.StartedOn))
            .ToListAsync(ct);

        var myApplications = await db.CoachApplications.AsNoTracking()
            .Where(a => a.ApplicantId == me && ApplicationRules.InProgress.Contains(a.Status))
            .OrderBy(a => a.CreatedAt)
            .Select(a => new MyApplication(a.Id, a.Status, a.CreatedAt))
            .ToListAsync(ct);

        var awaitingMySupport = await db.CoachApplications.AsNoTracking()
            .AwaitingAnswerFrom(asker)
            .OrderBy(a => a.SubmittedAt)
            .Select(a => new SupportRequest(a.Id, a.Applicant!.GivenName + " " + a.Applicant.FamilyName, a.SubmittedAt))
            .ToListAsync(ct);

        MyPractice? practice = null;
        if (user.IsInRole(Roles.Coach) || user.IsInRole(Roles.Mentor) || user.IsInRole(Roles.Supervisor))
        {
            practice = await db.CoachProfiles.AsNoTracking()
                .Where(p => p.PersonId == me)
                .Select(p => new MyPractice(
                    p.Status,
                    p.Capacity,
                    db.Matches.Count(m => m.CoachProfileId == p.Id && EF.Constant(Match.HoldsPlace).Contains(m.Status)),
                    p.AcceptingNewCoachees,
                    p.LastConfirmedOn))
                .SingleOrDefaultAsync(ct);
        }

        HrQueue? hr = null;
        if (user.IsInRole(Roles.HrAdmin))
        {
            var sent = db.CoachApplications.SentToSchemesOf(asker);
            hr = new HrQueue(
                await sent.CountAsync(a => a.Status == ApplicationStatus.AwaitingDecision, ct),
                await sent.CountAsync(a => a.Status == ApplicationStatus.AwaitingLineManager, ct),
                await db.CoachProfiles.AdministeredBy(asker).CountAsync(p => p.Status == ProfileStatus.Paused, ct));
        }

        MailQueue? mail = null;
        if (user.IsInRole(Roles.SystemAdmin))
        {
            mail = new MailQueue(
                await db.OutboxMessages.CountAsync(m => m.SentAt == null, ct),
                await db.OutboxMessages.CountAsync(m => m.SentAt == null && m.Attempts > 0, ct));
        }

        return new HomeDashboard(givenName, myCoaching, myApplications, awaitingMySupport, practice, hr, mail, await matching.GetAsync(asker, ct));
    }
}
