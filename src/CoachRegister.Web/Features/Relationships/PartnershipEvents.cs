using System.Globalization;
using CoachRegister.Data;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Sessions;
using CoachRegister.Web.Features.Matching;
using CoachRegister.Web.Infrastructure.Calendar;
using CoachRegister.Web.Infrastructure.Email;
using CoachRegister.Web.Infrastructure.Localisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Features.Relationships;

/// <summary>
/// Who is told what when something happens in a partnership. HR and the line manager get only what they may
/// know: that it ended, or that a review is due, never what was said or why.
/// </summary>
public sealed class PartnershipEvents(
    AppDbContext db,
    CoachingMail mail,
    SchemeClock clock,
    IOptions<EmailOptions> email,
    IStringLocalizer<CoachingText> t)
{
    public async Task PartnershipEndedAsync(Partnership partnership, PartnershipSide endedBy, CancellationToken ct)
    {
        var other = partnership.Other(endedBy);
        var ender = endedBy == PartnershipSide.Coach ? partnership.Coach : partnership.Coachee;
        await mail.QueueAsync(other, new CoachingEmail(
            other.GivenName,
            new Phrase("Your coaching partnership has ended"),
            [new Phrase("{0} has ended your coaching partnership. Their reason is on the partnership's page.", ender.FullName)],
            new Phrase("See the partnership"),
            mail.Link($"/relationships/{partnership.Id}")), ct);

        if (partnership.LineManager is { } manager)
        {
            await mail.QueueAsync(manager, new CoachingEmail(
                manager.GivenName,
                new Phrase("Coaching for {0} has ended", partnership.Coachee.FullName),
                [new Phrase("The coaching partnership of {0} has ended. Nothing more is shared with you about it.", partnership.Coachee.FullName)]), ct);
        }

        foreach (var hr in await HrOfAsync(partnership, ct))
        {
            await mail.QueueAsync(hr, new CoachingEmail(
                hr.GivenName,
                new Phrase("A coaching partnership has ended"),
                [new Phrase("The partnership of {0} (coach) and {1} has ended. It is counted in the scheme's figures.", partnership.Coach.FullName, partnership.Coachee.FullName)],
                new Phrase("See the scheme's figures"),
                mail.Link("/hr/partnerships")), ct);
        }
    }

    /// <summary>
    /// After a cancellation: when the scheme's number of cancellations in a row is reached, a review is flagged
    /// (once while it is open) and both sides and the scheme's HR are told, HR with no content.
    /// </summary>
    public async Task CancelledAsync(Partnership partnership, int cancelledInARow, CancellationToken ct)
    {
        var threshold = partnership.Scheme.CancellationsBeforeReview;
        if (threshold <= 0 || cancelledInARow < threshold
            || await db.PartnershipReviews.AnyAsync(r => r.MatchId == partnership.Id && r.Reason == ReviewReason.CancellationsInARow && r.CompletedAt == null, ct))
        {
            return;
        }

        db.PartnershipReviews.Add(PartnershipReview.Raise(partnership.Id, ReviewReason.CancellationsInARow, clock.Now));
        foreach (var side in new[] { partnership.Coach, partnership.Coachee })
        {
            await mail.QueueAsync(side, new CoachingEmail(
                side.GivenName,
                new Phrase("{0} sessions in a row have been cancelled", cancelledInARow),
                [
                    new Phrase("The last {0} sessions of your partnership were cancelled. Your agreement says that you then review together whether the partnership is working and should continue.", cancelledInARow),
                    new Phrase("Record the review on the partnership's page when you have talked."),
                ],
                new Phrase("See the partnership"),
                mail.Link($"/relationships/{partnership.Id}")), ct);
        }

        foreach (var hr in await HrOfAsync(partnership, ct))
        {
            await mail.QueueAsync(hr, new CoachingEmail(
                hr.GivenName,
                new Phrase("A partnership is due a review after cancellations"),
                [new Phrase("{0} sessions in a row of the partnership of {1} (coach) and {2} were cancelled, so a review is due. No more is shared.", cancelledInARow, partnership.Coach.FullName, partnership.Coachee.FullName)],
                new Phrase("See the scheme's figures"),
                mail.Link("/hr/partnerships")), ct);
        }
    }

    /// <summary>Sends both sides the invite for a new or moved session, or its cancellation.</summary>
    public async Task SessionInviteAsync(Partnership partnership, SessionRecord session, SessionChange change, CancellationToken ct)
    {
        foreach (var person in new[] { partnership.Coach, partnership.Coachee })
        {
            var culture = Register.RecipientCulture.For(person.PreferredLanguage);
            var invite = InviteFor(partnership, session, culture);
            var when = session.MeetingDate.ToString("dddd d MMMM yyyy", culture) + ", " + session.StartTime!.Value.ToString("HH:mm", CultureInfo.InvariantCulture);
            var (subject, paragraph) = change switch
            {
                SessionChange.Scheduled => ("Coaching session {0} arranged for {1}", "Session {0} with {2} is arranged for {1}. The calendar invite is attached."),
                SessionChange.Moved => ("Coaching session {0} moved to {1}", "Session {0} with {2} has moved to {1}. The attached invite updates your calendar."),
                _ => ("Coaching session {0} on {1} cancelled", "Session {0} with {2} on {1} has been cancelled. The attached invite removes it from your calendar. Whoever cancelled arranges the next one."),
            };
            var withWhom = person.Id == partnership.Coach.Id ? partnership.Coachee.FullName : partnership.Coach.FullName;
            await mail.QueueAsync(person, new CoachingEmail(
                person.GivenName,
                new Phrase(subject, session.SessionNumber, when),
                [new Phrase(paragraph, session.SessionNumber, when, withWhom)],
                new Phrase("See the session"),
                mail.Link($"/sessions/{session.Id}")),
                [new EmailAttachment(SessionInvite.FileName, invite.ContentType, invite.ToBytes(clock.Now))], ct);
        }
    }

    /// <summary>The invite of a session, its texts in <paramref name="culture"/>.</summary>
    public SessionInvite InviteFor(Partnership partnership, SessionRecord session, CultureInfo culture) =>
        UiCulture.In(culture, () => new SessionInvite(
            session.Id,
            session.CalendarSequence,
            session.Status == SessionStatus.Cancelled,
            clock.At(session.MeetingDate, session.StartTime!.Value),
            clock.At(session.MeetingDate, session.EndTime!.Value),
            t["Coaching session {0}: {1} and {2}", session.SessionNumber, partnership.Coach.FullName, partnership.Coachee.FullName],
            t["Prepare with the meeting preparation form on the portal."],
            session.Venue,
            email.Value.FromName,
            email.Value.FromAddress,
            [(partnership.Coach.FullName, partnership.Coach.Email), (partnership.Coachee.FullName, partnership.Coachee.Email)]));

    private Task<List<PartyPerson>> HrOfAsync(Partnership partnership, CancellationToken ct) =>
        db.SchemeAdministrators.AsNoTracking()
            .Where(a => a.SchemeId == partnership.Scheme.Id)
            .Select(a => new PartyPerson(a.Person!.Id, a.Person.GivenName, a.Person.FamilyName, a.Person.Email, a.Person.PreferredLanguage))
            .ToListAsync(ct);
}

public enum SessionChange
{
    Scheduled,
    Moved,
    Cancelled,
}
