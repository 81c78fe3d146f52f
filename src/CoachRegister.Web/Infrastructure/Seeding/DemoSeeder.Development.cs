using CoachRegister.Domain.Development;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Sessions;

namespace CoachRegister.Web.Infrastructure.Seeding;

public sealed partial class DemoSeeder
{
    private static readonly (string Title, CpdKind Kind, decimal Hours)[] CpdCatalogue =
    [
        ("Coaching for wellbeing webinar", CpdKind.Activity, 1.5m),
        ("Trauma-informed practice workshop", CpdKind.TrainingWorkshop, 3m),
        ("Read: Time to Think (Nancy Kline)", CpdKind.Reading, 4m),
        ("Team coaching: two-day course", CpdKind.Course, 14m),
        ("Regional coaching network conference", CpdKind.Activity, 6m),
        ("Read: The Coaching Habit (Michael Bungay Stanier)", CpdKind.Reading, 3m),
        ("Mentoring update workshop", CpdKind.TrainingWorkshop, 3m),
    ];

    private readonly Dictionary<Guid, Guid> _matchCoach = [];

    /// <summary>
    /// A year of CPD, supervision and peer support for every practitioner. About one in four falls short
    /// of their scheme's annual minimums, so the compliance reports have something to find.
    /// </summary>
    private void AddPractitionerDevelopment()
    {
        foreach (var plan in _organisations)
        {
            var scheme = plan.Scheme!;
            var rules = scheme.Requirements;
            var profiles = _profiles.Where(p => p.SchemeId == scheme.Id && p.Status != ProfileStatus.Draft).ToList();
            var supervisors = profiles.Where(p => p.IsTrainedSupervisor).ToList();
            foreach (var profile in profiles)
            {
                var compliant = profile.Status != ProfileStatus.Paused && (profile.IsTrainedSupervisor || Random.Bool(0.75f));
                int Count(int required) => required == 0
                    ? Random.Int(0, 1)
                    : compliant ? required + Random.Int(0, 1) : Random.Int(0, required - 1);

                var supervisor = supervisors.FirstOrDefault(s => s != profile);
                for (var i = 0; i < Count(rules.For(profile.Offers).SupervisionSessions); i++)
                {
                    db.SupervisionSessions.Add(new SupervisionSession
                    {
                        CoachProfileId = profile.Id,
                        SupervisorId = supervisor?.PersonId,
                        Date = PastYearDate(),
                        Hours = 1m,
                        Kind = SupervisionKind.OneToOne,
                        // Most sessions are confirmed; a recent one is often still waiting for the supervisor.
                        ConfirmedBySupervisor = supervisor is not null && Random.Bool(0.85f),
                        Notes = "Reviewed caseload and one challenging session; agreed a focus on contracting.",
                    });
                }

                for (var i = 0; i < Count(rules.For(profile.Offers).PeerSupportSessions); i++)
                {
                    db.SupervisionSessions.Add(new SupervisionSession
                    {
                        CoachProfileId = profile.Id,
                        SupervisorId = supervisor?.PersonId,
                        Date = PastYearDate(),
                        Hours = 1.5m,
                        Kind = SupervisionKind.PeerSupport,
                        Notes = "Peer-support group: case discussion and practice of challenging questions.",
                    });
                }

                var cpd = Count(Math.Max(rules.For(profile.Offers).CpdActivities, rules.For(profile.Offers).TrainingWorkshops));
                for (var i = 0; i < cpd; i++)
                {
                    // Schemes that ask for a workshop get one first; the rest is the practitioner's own choice.
                    var item = i == 0 && rules.For(profile.Offers).TrainingWorkshops > 0
                        ? CpdCatalogue.First(c => c.Kind == CpdKind.TrainingWorkshop)
                        : Random.ArrayElement(CpdCatalogue);
                    db.CpdActivities.Add(new CpdActivity
                    {
                        CoachProfileId = profile.Id,
                        Date = PastYearDate(),
                        Hours = item.Hours,
                        Kind = item.Kind,
                        Title = item.Title,
                        Description = "Notes on what I will use in my practice are in my portfolio.",
                        Evidence = item.Kind == CpdKind.Reading ? "Reading notes" : "Certificate of attendance",
                    });
                }

                AddReflectiveLog(profile);
            }
        }
    }

    private void AddReflectiveLog(CoachProfile profile)
    {
        var sessions = _heldSessions.Where(s => _matchCoach.GetValueOrDefault(s.MatchId) == profile.Id).ToList();
        var entries = Math.Min(sessions.Count, Random.Int(0, 3));
        foreach (var session in Random.ListItems(sessions, entries))
        {
            db.ReflectiveLogEntries.Add(new ReflectiveLogEntry
            {
                CoachProfileId = profile.Id,
                MatchId = session.MatchId,
                EntryDate = session.MeetingDate.AddDays(1),
                Goal = "Help the coachee choose one priority for the month.",
                Reality = "They described every task as urgent; the real pressure comes from one stakeholder.",
                Options = "Scaling each task; asking what their manager would say; doing nothing.",
                WayForward = "They chose to raise priorities with their manager this week.",
                Reflection = Random.ArrayElement(
                [
                    "I noticed I wanted to rescue them. Take to supervision.",
                    "Silence worked: they filled it with the real issue.",
                    "I over-ran by ten minutes; contract the ending more clearly.",
                ]),
            });
        }
    }

    private DateOnly PastYearDate() => _today.AddDays(-Random.Int(7, 350));
}
