using System.Globalization;
using CoachRegister.Domain.Organisations;
using CoachRegister.Web.Infrastructure.Email;
using CoachRegister.Web.Infrastructure.Http;

namespace CoachRegister.Web.Features.HrOrganisations;

/// <summary>The model of the invitation e-mail: the organisation, the link with its secret, and when it expires.</summary>
public sealed record RegistrationInvitationEmail(string OrganisationName, string Link, DateTimeOffset ExpiresAt);

/// <summary>
/// Queues HR's invitation to register, in the language HR is using (the portal knows nothing else about the
/// person yet). Nothing is saved here: the caller's SaveChangesAsync commits the message.
/// </summary>
public sealed class InvitationEmails(EmailOutbox outbox, LinkGenerator links, PublicUrls urls)
{
    public const string Template = "RegistrationInvitation";

    public Task QueueAsync(Invitation invitation, string organisationName, string token, CancellationToken ct)
    {
        var path = links.GetPathByAction("Register", "Account", new { invitation = token })
            ?? throw new InvalidOperationException("No route to Account.Register.");
        return outbox.QueueAsync(invitation.Email, Template, new RegistrationInvitationEmail(organisationName, urls.For(path), invitation.ExpiresAt), CultureInfo.CurrentUICulture, ct);
    }
}
