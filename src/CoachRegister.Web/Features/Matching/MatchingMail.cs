using CoachRegister.Data;
using CoachRegister.Domain.Audit;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Email;
using CoachRegister.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Matching;

/// <summary>Someone an e-mail goes to: their name, address and language.</summary>
public sealed record Recipient(Guid PersonId, string Name, string Email, string PreferredLanguage);

/// <summary>
/// Queues matching's e-mails through the outbox, each in its recipient's language, and writes its audit events;
/// both join the caller's unit of work, so they are saved with the change that causes them or not at all.
/// </summary>
public sealed class MatchingMail(AppDbContext db, EmailOutbox outbox, PublicUrls urls, TimeProvider time)
{
    public static string RequestPath(Guid requestId) => $"/requests/{requestId}";

    public static string SupportPath(Guid requestId) => $"/requests/support/{requestId}";

    public static string ProposalPath(Guid matchId) => $"/proposals/{matchId}";

    public Task<Recipient?> RecipientAsync(Guid personId, CancellationToken ct) =>
        db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new Recipient(p.Id, p.GivenName + " " + p.FamilyName, p.Email, p.PreferredLanguage))
            .FirstOrDefaultAsync(ct);

    /// <summary>The person behind a coach profile.</summary>
    public Task<Recipient?> CoachAsync(Guid coachProfileId, CancellationToken ct) =>
        db.CoachProfiles.AsNoTracking().Where(c => c.Id == coachProfileId)
            .Select(c => new Recipient(c.PersonId, c.Person!.GivenName + " " + c.Person.FamilyName, c.Person.Email, c.Person.PreferredLanguage))
            .FirstOrDefaultAsync(ct);

    public Task SupportAskedAsync(Recipient manager, Recipient requester, MatchRequest request, CancellationToken ct) =>
        QueueAsync(manager, SupportAskedEmail.Template, new SupportAskedEmail(manager.Name, requester.Name, request.Wanted, urls.For(SupportPath(request.Id))), ct);

    public Task SupportAnsweredAsync(Recipient requester, Recipient manager, MatchRequest request, CancellationToken ct) =>
        QueueAsync(requester, SupportAnsweredEmail.Template,
            new SupportAnsweredEmail(requester.Name, manager.Name, request.Wanted, request.LineManagerSupport == LineManagerSupport.Supported, request.LineManagerComment, urls.For(RequestPath(request.Id))), ct);

    public Task RequestNewsAsync(Recipient requester, MatchRequest request, RequestNews news, CancellationToken ct, string? practitionerName = null, Match? match = null) =>
        QueueAsync(requester, RequestNewsEmail.Template,
            new RequestNewsEmail(requester.Name, news, request.Wanted, practitionerName, news == RequestNews.Waitlisted ? request.WaitlistReason : null,
                match?.ChemistryMeetingOn, match?.ChemistryMeetingFormat ?? DeliveryFormat.None, urls.For(RequestPath(request.Id))), ct);

    public Task CoachNewsAsync(Recipient coach, Recipient requester, Match match, CoachNews news, CancellationToken ct) =>
        QueueAsync(coach, CoachNewsEmail.Template,
            new CoachNewsEmail(coach.Name, news, match.Kind, requester.Name, match.RespondBy, match.ChemistryMeetingOn, match.ChemistryMeetingFormat, urls.For(ProposalPath(match.Id))), ct);

    /// <summary>An audit event for a request or a match, in the same unit of work as the change.</summary>
    public void Audit(string action, string entityType, Guid entityId, Guid? actorPersonId, string? detail = null) =>
        db.AuditEvents.Add(new AuditEvent
        {
            At = time.GetUtcNow(),
            ActorPersonId = actorPersonId,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Detail = detail,
        });

    private Task QueueAsync(Recipient to, string template, object model, CancellationToken ct) =>
        outbox.QueueAsync(to.Email, template, model, RecipientCulture.For(to.PreferredLanguage), ct);
}
