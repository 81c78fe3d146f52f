using CoachRegister.Data;
using CoachRegister.Domain.Development.Compliance;
using CoachRegister.Web.Configuration;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Features.Compliance;

public enum ComplianceNoticeKind
{
    /// <summary>To the practitioner: a deadline is coming with something still to do.</summary>
    Reminder,
    /// <summary>To the practitioner: their profile is paused.</summary>
    Paused,
    /// <summary>To the scheme's HR: a practitioner was paused.</summary>
    PausedForHr,
    /// <summary>To the practitioner: the pause is lifted.</summary>
    Unpaused,
    /// <summary>To the scheme's HR: a pause was lifted.</summary>
    UnpausedForHr,
}

/// <summary>The model of Templates/ComplianceNotice.cshtml; the template words the requirements in the recipient's language.</summary>
public sealed record ComplianceNoticeEmail(
    ComplianceNoticeKind Kind,
    string RecipientName,
    string PractitionerName,
    IReadOnlyList<RequirementResult> Requirements,
    string? Url)
{
    public const string Template = "ComplianceNotice";
}

/// <summary>The e-mails of the nightly job, queued in the caller's transaction through the outbox.</summary>
public sealed class ComplianceMail(AppDbContext db, EmailOutbox outbox, IOptions<PortalOptions> portal)
{
    public sealed record Recipient(string Name, string Email, string PreferredLanguage);

    /// <summary>The HR admins of a scheme, who are told of pauses.</summary>
    public async Task<IReadOnlyList<Recipient>> HrRecipientsAsync(Guid schemeId, CancellationToken ct) =>
        await db.SchemeAdministrators.AsNoTracking()
            .Where(a => a.SchemeId == schemeId)
            .Select(a => new Recipient(a.Person!.GivenName + " " + a.Person.FamilyName, a.Person.Email, a.Person.PreferredLanguage))
            .ToListAsync(ct);

    /// <summary>Kept on the profile and shown to HR, in both languages because it is written once for every reader.</summary>
    public string PauseReason(PractitionerStanding standing) =>
        "Paused automatically: CPD and supervision requirements not met past the deadline. / " +
        "Wedi'i oedi'n awtomatig: gofynion DPP a goruchwylio heb eu bodloni ar ôl y dyddiad cau.";

    public Task QueueReminderAsync(PractitionerStanding standing, IReadOnlyList<RequirementResult> requirements, CancellationToken ct) =>
        ToPractitionerAsync(standing, ComplianceNoticeKind.Reminder, requirements, ct);

    public async Task QueuePausedAsync(PractitionerStanding standing, IReadOnlyList<Recipient> hr, CancellationToken ct)
    {
        var shortfalls = Shortfalls(standing);
        await ToPractitionerAsync(standing, ComplianceNoticeKind.Paused, shortfalls, ct);
        await ToHrAsync(standing, hr, ComplianceNoticeKind.PausedForHr, shortfalls, ct);
    }

    public async Task QueueUnpausedAsync(PractitionerStanding standing, IReadOnlyList<Recipient> hr, CancellationToken ct)
    {
        await ToPractitionerAsync(standing, ComplianceNoticeKind.Unpaused, [], ct);
        await ToHrAsync(standing, hr, ComplianceNoticeKind.UnpausedForHr, [], ct);
    }

    private static List<RequirementResult> Shortfalls(PractitionerStanding standing) =>
        standing.Result.Requirements.Where(r => r.Status >= RequirementStatus.DueSoon).ToList();

    private Task ToPractitionerAsync(PractitionerStanding standing, ComplianceNoticeKind kind, IReadOnlyList<RequirementResult> requirements, CancellationToken ct) =>
        outbox.QueueAsync(
            standing.Email,
            ComplianceNoticeEmail.Template,
            new ComplianceNoticeEmail(kind, standing.Name, standing.Name, requirements, Link("/development")),
            RecipientCulture.For(standing.PreferredLanguage),
            ct);

    private async Task ToHrAsync(PractitionerStanding standing, IReadOnlyList<Recipient> hr, ComplianceNoticeKind kind, IReadOnlyList<RequirementResult> requirements, CancellationToken ct)
    {
        foreach (var recipient in hr)
        {
            await outbox.QueueAsync(
                recipient.Email,
                ComplianceNoticeEmail.Template,
                new ComplianceNoticeEmail(kind, recipient.Name, standing.Name, requirements, Link($"/hr/compliance/{standing.ProfileId}")),
                RecipientCulture.For(recipient.PreferredLanguage),
                ct);
        }
    }

    /// <summary>The job runs outside a request, so a link needs Portal:PublicBaseUrl (required in Production).</summary>
    private string? Link(string path) =>
        portal.Value.PublicBaseUrl is { Length: > 0 } baseUrl ? baseUrl.TrimEnd('/') + path : null;
}
