using CoachRegister.Web.Configuration;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Email;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Features.Relationships;

/// <summary>Queues the coaching e-mails in each recipient's own language, in the caller's transaction.</summary>
public sealed class CoachingMail(EmailOutbox outbox, IOptions<PortalOptions> portal, IHttpContextAccessor http)
{
    public Task QueueAsync(PartyPerson to, CoachingEmail email, CancellationToken ct) => QueueAsync(to, email, [], ct);

    public Task QueueAsync(PartyPerson to, CoachingEmail email, IReadOnlyList<EmailAttachment> attachments, CancellationToken ct) =>
        outbox.QueueAsync(to.Email, CoachingEmail.Template, email, RecipientCulture.For(to.PreferredLanguage), attachments, ct);

    /// <summary>
    /// The absolute address of a page for a link in an e-mail: from Portal:PublicBaseUrl, or the current request's
    /// address; null for a background job on a server with no public address set (the e-mail then has no button).
    /// </summary>
    public string? Link(string path)
    {
        if (portal.Value.PublicBaseUrl is { Length: > 0 } configured)
        {
            return configured.TrimEnd('/') + path;
        }

        return http.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}{request.PathBase}{path}" : null;
    }
}
