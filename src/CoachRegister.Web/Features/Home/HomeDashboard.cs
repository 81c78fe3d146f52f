using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;

namespace CoachRegister.Web.Features.Home;

/// <summary>
/// What the home page shows a signed-in person: only their own things, and for HR and system admins the
/// figures of their work queues. Each part is null when it does not apply to the person.
/// </summary>
public sealed record HomeDashboard(
    string GivenName,
    IReadOnlyList<MyMatch> MyCoaching,
    IReadOnlyList<MyApplication> MyApplications,
    IReadOnlyList<SupportRequest> AwaitingMySupport,
    MyPractice? Practice,
    HrQueue? Hr,
    MailQueue? Mail,
    Matching.MatchingPanels Matching);

public sealed record MyMatch(string PractitionerName, OfferType Kind, MatchStatus Status, DateOnly? StartedOn);

public sealed record MyApplication(Guid Id, ApplicationStatus Status, DateTimeOffset CreatedAt);

public sealed record SupportRequest(Guid ApplicationId, string ApplicantName, DateTimeOffset? SubmittedAt);

public sealed record MyPractice(ProfileStatus Status, int Capacity, int PlacesUsed, bool AcceptingNewCoachees, DateOnly? LastConfirmedOn);

public sealed record HrQueue(int AwaitingDecision, int AwaitingLineManager, int PausedProfiles);

public sealed record MailQueue(int Unsent, int Failing);
