using System.Globalization;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;

namespace CoachRegister.Web.Infrastructure.Calendar;

/// <summary>
/// A session as an iCalendar invite (RFC 5545/5546). The UID is the session's and never changes, and SEQUENCE
/// is the session's calendar sequence, so a moved session replaces the event people already have (REQUEST)
/// and a cancelled one removes it (CANCEL).
/// </summary>
public sealed record SessionInvite(
    Guid SessionId,
    int Sequence,
    bool Cancelled,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Summary,
    string? Description,
    string? Location,
    string OrganiserName,
    string OrganiserEmail,
    IReadOnlyList<(string Name, string Email)> Attendees)
{
    public const string FileName = "session.ics";

    public string Method => Cancelled ? "CANCEL" : "REQUEST";

    public string ContentType => $"text/calendar; method={Method}; charset=utf-8";

    public static string Uid(Guid sessionId, string organiserEmail) =>
        string.Create(CultureInfo.InvariantCulture, $"session-{sessionId:N}@{organiserEmail.Split('@')[^1]}");

    public string Serialise(DateTimeOffset stamp)
    {
        var calendar = new IcalCalendar { Method = Method, ProductId = "-//CoachRegister//Coaching sessions//EN" };
        var session = new CalendarEvent
        {
            Uid = Uid(SessionId, OrganiserEmail),
            Sequence = Sequence,
            DtStamp = new CalDateTime(stamp.UtcDateTime),
            DtStart = new CalDateTime(Start.UtcDateTime),
            DtEnd = new CalDateTime(End.UtcDateTime),
            Summary = Summary,
            Description = Description,
            Location = Location,
            Status = Cancelled ? "CANCELLED" : "CONFIRMED",
            Organizer = new Organizer("mailto:" + OrganiserEmail) { CommonName = OrganiserName },
        };
        foreach (var (name, email) in Attendees)
        {
            session.Attendees.Add(new Attendee("mailto:" + email)
            {
                CommonName = name,
                Role = "REQ-PARTICIPANT",
                ParticipationStatus = Cancelled ? "DECLINED" : "ACCEPTED",
                Rsvp = false,
            });
        }

        calendar.Events.Add(session);
        return new CalendarSerializer().SerializeToString(calendar) ?? throw new InvalidOperationException("The invite could not be written.");
    }

    public byte[] ToBytes(DateTimeOffset stamp) => Encoding.UTF8.GetBytes(Serialise(stamp));
}
