using CoachRegister.Data.Identity;
using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Development;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Sessions;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.Relationships;

/// <summary>
/// An active partnership with everyone around it: the coach, the coachee, the coachee's line manager, the scheme's
/// HR, a colleague of no standing, a signed agreement with three-way contracting, a shared and a private goal, one
/// held session with the coach's reflection and a reflective log entry, and one planned session. Every piece of
/// confidential text carries a marker, so a test can look for it in any page or e-mail.
/// </summary>
public sealed record ArrangedPartnership(
    Guid SchemeId,
    Guid MatchId,
    TestUser Coach,
    TestUser Coachee,
    TestUser Manager,
    TestUser Hr,
    TestUser Colleague,
    Guid CoachProfileId,
    Guid HeldSessionId,
    Guid PlannedSessionId,
    Guid ReflectiveLogEntryId)
{
    public const string SharedGoal = "Lead team meetings with confidence";
    public const string PrivateGoal = "Stop dreading the monthly one-to-ones PRIVATE-GOAL";
    public const string SessionContent = "Talked through the restructure SESSION-CONTENT";
    public const string CoachReflection = "I moved to options too quickly COACH-REFLECTION";
    public const string ReflectiveLog = "My own supervision question REFLECTIVE-LOG";

    /// <summary>Every marker of content that is not the line manager's or HR's to see.</summary>
    public static readonly string[] Confidential = [PrivateGoal, SessionContent, CoachReflection, ReflectiveLog];
}

/// <summary>The ids of a partnership's records made by <see cref="PartnershipTestData.PartnershipRecordsAsync"/>.</summary>
public sealed record PartnershipRecords(Guid MatchId, Guid SharedGoalId, Guid HeldSessionId, Guid PlannedSessionId, Guid ReflectiveLogEntryId, Guid PlanItemId);

public static class PartnershipTestData
{
    public static async Task<ArrangedPartnership> PartnershipAsync(this PortalFactory factory, Action<Domain.Schemes.Scheme>? scheme = null)
    {
        var s = await factory.SchemeAsync(scheme);
        var organisation = await factory.OrganisationAsync(s.Id);
        var manager = await factory.PersonAsync("Morgan", "Manager", organisation.Id, null, Roles.Staff);
        var coachee = await factory.PersonAsync("Cai", "Coachee", organisation.Id, manager.PersonId, Roles.Staff);
        var coach = await factory.PersonAsync("Ceri", "Coach", organisation.Id, null, Roles.Staff, Roles.Coach);
        var colleague = await factory.PersonAsync("Olly", "Other", organisation.Id, null, Roles.Staff);
        var hr = await factory.PersonAsync("Hana", "Hr", null, null, Roles.HrAdmin);
        await factory.AdministerAsync(hr.PersonId, s.Id);
        var profile = await factory.ProfileAsync(coach.PersonId, s.Id);
        var records = await factory.PartnershipRecordsAsync(profile.Id, coachee.PersonId, manager.PersonId);
        return new ArrangedPartnership(s.Id, records.MatchId, coach, coachee, manager, hr, colleague, profile.Id, records.HeldSessionId, records.PlannedSessionId, records.ReflectiveLogEntryId);
    }

    /// <summary>
    /// An active partnership of the coach of <paramref name="coachProfileId"/> with <paramref name="coacheeId"/>: the
    /// signed agreement, the goals, a held and a planned session, the coach's reflection and log entry, a plan item,
    /// and the three-way invitation to <paramref name="managerId"/>.
    /// </summary>
    public static async Task<PartnershipRecords> PartnershipRecordsAsync(this PortalFactory factory, Guid coachProfileId, Guid coacheeId, Guid? managerId)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var now = DateTimeOffset.UtcNow;
        return await factory.WithDbAsync(async db =>
        {
            var coachPersonId = await db.CoachProfiles.Where(c => c.Id == coachProfileId).Select(c => c.PersonId).SingleAsync();
            var names = await db.People.Where(x => x.Id == coachPersonId || x.Id == coacheeId).ToDictionaryAsync(x => x.Id, x => x.FullName);
            var match = new Match { CoachProfileId = coachProfileId, CoacheeId = coacheeId, Kind = OfferType.Coaching, Status = MatchStatus.Active, CreatedAt = now.AddDays(-30), StartedOn = today.AddDays(-20) };
            db.Matches.Add(match);
            var agreement = new Agreement
            {
                MatchId = match.Id,
                Objectives = "Grow as a new manager",
                NumberOfSessions = 6,
                Frequency = "Monthly",
                SessionLengthMinutes = 60,
                Format = Domain.Register.DeliveryFormat.Video,
                ConfidentialityTerms = "What is said stays between us, except where there is a risk of harm.",
                ThreeWayContracting = true,
                Status = AgreementStatus.Signed,
                CreatedAt = now.AddDays(-25),
                UpdatedAt = now.AddDays(-25),
            };
            agreement.Signatures.Add(new AgreementSignature { AgreementId = agreement.Id, PersonId = coachPersonId, Role = SignatoryRole.Coach, SignedName = names[coachPersonId], SignedAt = now.AddDays(-24) });
            agreement.Signatures.Add(new AgreementSignature { AgreementId = agreement.Id, PersonId = coacheeId, Role = SignatoryRole.Coachee, SignedName = names[coacheeId], SignedAt = now.AddDays(-24) });
            db.Agreements.Add(agreement);
            if (managerId is { } manager)
            {
                db.ThreeWayConfirmations.Add(ThreeWayConfirmation.Invite(match.Id, manager, now.AddDays(-24)));
            }

            var shared = Goal.Add(match.Id, ArrangedPartnership.SharedGoal, GoalVisibility.SharedWithLineManager, 3, byCoachee: true, now.AddDays(-25));
            var hidden = Goal.Add(match.Id, ArrangedPartnership.PrivateGoal, GoalVisibility.Private, 2, byCoachee: true, now.AddDays(-25));
            db.Goals.AddRange(shared, hidden);

            var held = new SessionRecord
            {
                MatchId = match.Id,
                SessionNumber = 1,
                MeetingDate = today.AddDays(-10),
                StartTime = new TimeOnly(10, 0),
                EndTime = new TimeOnly(11, 30),
                DurationMinutes = 90,
                Status = SessionStatus.Held,
                KeyPoints = ArrangedPartnership.SessionContent,
                ActionsIdentified = "Draft the agenda",
                CreatedAt = now.AddDays(-15),
                RecordedAt = now.AddDays(-10),
            };
            held.Progress.Add(new GoalProgress { SessionRecordId = held.Id, GoalId = shared.Id, Score = 4 });
            held.Progress.Add(new GoalProgress { SessionRecordId = held.Id, GoalId = hidden.Id, Score = 3 });
            var planned = new SessionRecord
            {
                MatchId = match.Id,
                SessionNumber = 2,
                MeetingDate = today.AddDays(5),
                StartTime = new TimeOnly(14, 0),
                EndTime = new TimeOnly(15, 0),
                DurationMinutes = 60,
                Status = SessionStatus.Planned,
                CreatedAt = now.AddDays(-5),
            };
            db.SessionRecords.AddRange(held, planned);
            db.CoachPreparationReflections.Add(new CoachPreparationReflection { SessionRecordId = held.Id, WorkedLessWell = ArrangedPartnership.CoachReflection });
            var entry = new ReflectiveLogEntry { CoachProfileId = coachProfileId, MatchId = match.Id, EntryDate = today.AddDays(-9), SessionNumber = 1, KeyLearning = ArrangedPartnership.ReflectiveLog };
            db.ReflectiveLogEntries.Add(entry);
            var item = new DevelopmentPlanItem { MatchId = match.Id, Date = today.AddDays(-9), Topic = "Chair a team meeting", Rag = RagStatus.Amber };
            db.DevelopmentPlanItems.Add(item);
            await db.SaveChangesAsync();
            return new PartnershipRecords(match.Id, shared.Id, held.Id, planned.Id, entry.Id, item.Id);
        });
    }
}
