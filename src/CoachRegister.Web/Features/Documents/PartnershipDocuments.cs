using CoachRegister.Data;
using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Sessions;
using CoachRegister.Web.Features.Agreements;
using CoachRegister.Web.Features.Relationships;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Calendar;
using CoachRegister.Web.Infrastructure.Documents.Agreements;
using CoachRegister.Web.Infrastructure.Documents.Forms;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Features.Documents;

/// <summary>A document ready to render: its view and model.</summary>
public sealed record DocumentToPrint(string ViewPath, object Model)
{
    public static DocumentToPrint Form(PrintedForm form) => new(PrintedForm.ViewPath, form);
}

/// <summary>
/// A partnership's documents, each built only when the one access mechanism lets the reader read its record kind
/// (null otherwise, shown as not found). The single downloads (<see cref="DocumentsController"/>) and HR's whole
/// file (<see cref="RelationshipFileBuilder"/>) both build their documents here, so a document in the ZIP is the
/// same document, under the same decision, as its own download.
/// </summary>
public sealed class PartnershipDocuments(AppDbContext db, PortalAccess access, Partnerships partnerships, Wordings wordings, SchemeClock clock)
{
    private readonly Dictionary<Guid, StandingText> _formWording = [];

    /// <summary>The latest version of the agreement, or the version asked for.</summary>
    public async Task<DocumentToPrint?> AgreementAsync(Guid id, int? version, CancellationToken ct)
    {
        var p = await partnerships.ReadableAsync(id, RecordKind.Agreement, ct);
        var agreement = p is null ? null : await db.Agreements.AsNoTracking().VersionAsync(id, version, ct);
        if (p is null || agreement is null)
        {
            return null;
        }

        return new(AgreementDocument.ViewPath, new AgreementDocument(
            agreement,
            p.Kind,
            new AgreementParty(p.Coach.FullName, p.Coach.Email),
            new AgreementParty(p.Coachee.FullName, p.Coachee.Email),
            p.Scheme.Name,
            p.Scheme.RequiresDeclarationOfInterest,
            await wordings.ForAgreementAsync(agreement, id, ct)));
    }

    public async Task<DocumentToPrint?> SessionRecordAsync(Guid sessionId, CancellationToken ct)
    {
        var p = await partnerships.BySessionAsync(sessionId, Access.Read, [RecordKind.SessionSchedule, RecordKind.SessionContent], ct);
        if (p is null)
        {
            return null;
        }

        var session = await db.SessionRecords.AsNoTracking().Include(s => s.Progress).SingleAsync(s => s.Id == sessionId, ct);
        var goals = await db.Goals.AsNoTracking().Where(g => g.MatchId == p.Id).OrderBy(g => g.CreatedAt).ThenBy(g => g.Id).ToListAsync(ct);
        var marks = new List<PrintedForms.GoalMark>();
        foreach (var goal in goals)
        {
            // Goal by goal, as the session page does: a goal the reader may not see is not printed either.
            if (await access.MayReadAsync(p.Parties.ForGoal(goal.Visibility)))
            {
                marks.Add(new(goal.Description, session.Progress.FirstOrDefault(m => m.GoalId == goal.Id)?.Score));
            }
        }

        return await FormAsync(p, PrintedForms.SessionRecord(About(p, session), session.Status == SessionStatus.Held ? session : null, marks), ct);
    }

    public async Task<DocumentToPrint?> SessionFeedbackAsync(Guid sessionId, CancellationToken ct)
    {
        var p = await partnerships.BySessionAsync(sessionId, Access.Read, [RecordKind.Feedback], ct);
        if (p is null)
        {
            return null;
        }

        var session = await db.SessionRecords.AsNoTracking().SingleAsync(s => s.Id == sessionId, ct);
        var given = await db.CoachFeedback.AsNoTracking().FirstOrDefaultAsync(f => f.SessionRecordId == sessionId, ct);
        if (given is null && !(session.Status == SessionStatus.Held && await access.MayChangeAsync(p.Parties.For(RecordKind.Feedback))))
        {
            return null;
        }

        return await FormAsync(p, PrintedForms.SessionFeedback(About(p, session), given), ct);
    }

    public async Task<DocumentToPrint?> RatingAsync(Guid id, CancellationToken ct)
    {
        var p = await partnerships.ReadableAsync(id, RecordKind.Feedback, ct);
        if (p is null)
        {
            return null;
        }

        var given = await db.CoachFeedback.AsNoTracking().Include(f => f.Ratings).FirstOrDefaultAsync(f => f.MatchId == id && f.SessionRecordId == null, ct);
        return await FormAsync(p, PrintedForms.CoachRating(About(p), given), ct);
    }

    public async Task<DocumentToPrint?> EvaluationAsync(Guid id, CancellationToken ct)
    {
        var p = await partnerships.ReadableAsync(id, RecordKind.FinalEvaluation, ct);
        if (p is null)
        {
            return null;
        }

        var given = await db.FinalEvaluations.AsNoTracking().FirstOrDefaultAsync(e => e.MatchId == id, ct);
        return await FormAsync(p, PrintedForms.FinalEvaluation(About(p), given), ct);
    }

    public async Task<DocumentToPrint?> PlanAsync(Guid id, CancellationToken ct)
    {
        var p = await partnerships.ReadableAsync(id, RecordKind.DevelopmentPlan, ct);
        if (p is null)
        {
            return null;
        }

        var items = await db.DevelopmentPlanItems.AsNoTracking().Where(i => i.MatchId == id).OrderBy(i => i.Date).ThenBy(i => i.Id).ToListAsync(ct);
        return await FormAsync(p, PrintedForms.DevelopmentPlan(About(p), items), ct);
    }

    /// <summary>Who the partnership is between and where it stands (the MatchStatus row).</summary>
    public async Task<DocumentToPrint?> PartnershipAsync(Guid id, CancellationToken ct)
    {
        var p = await partnerships.ReadableAsync(id, RecordKind.MatchStatus, ct);
        return p is null ? null : await FormAsync(p, PrintedForms.Partnership(About(p), p.Scheme.Name, p.Kind, p.Status, p.StartedOn, p.EndedOn), ct);
    }

    /// <summary>The sessions' dates, numbers, outcome and hours (the ActivityFigures row): never what was said.</summary>
    public async Task<DocumentToPrint?> ActivityAsync(Guid id, CancellationToken ct)
    {
        var p = await partnerships.ReadableAsync(id, RecordKind.ActivityFigures, ct);
        if (p is null)
        {
            return null;
        }

        var sessions = await db.SessionRecords.AsNoTracking().Where(s => s.MatchId == id && s.Status != SessionStatus.Planned)
            .OrderBy(s => s.SessionNumber).ThenBy(s => s.MeetingDate)
            .Select(s => new PrintedForms.SessionActivity(s.SessionNumber, s.MeetingDate, s.Status, s.DurationMinutes))
            .ToListAsync(ct);
        return await FormAsync(p, PrintedForms.Activity(About(p), sessions), ct);
    }

    /// <summary>The declaration of interest each side signed with the latest version of the agreement.</summary>
    public async Task<DocumentToPrint?> DeclarationAsync(Guid id, CancellationToken ct)
    {
        var p = await partnerships.ReadableAsync(id, RecordKind.Agreement, ct);
        if (p is null)
        {
            return null;
        }

        var agreement = await db.Agreements.AsNoTracking().VersionAsync(id, version: null, ct);
        PrintedForms.Declared? DeclaredBy(SignatoryRole role, PartyPerson party) =>
            agreement?.Signatures.FirstOrDefault(s => s.Role == role) is { } signed
                ? new(signed.HasInterestToDeclare, signed.InterestDeclared, signed.SignedName ?? party.FullName, clock.ToLocal(signed.SignedAt))
                : null;
        // Signed with the agreement, it prints the words the agreement keeps from its first signature.
        var declaration = PrintedForms.DeclarationOfInterest(About(p), DeclaredBy(SignatoryRole.Coach, p.Coach), DeclaredBy(SignatoryRole.Coachee, p.Coachee));
        return DocumentToPrint.Form(declaration with { Wording = await wordings.ForAgreementAsync(agreement, id, ct) });
    }

    /// <summary>The coachee's preparation for a session, for whoever its page is for (the coachee writes it, the coach reads it).</summary>
    public async Task<DocumentToPrint?> MeetingPreparationAsync(Guid sessionId, CancellationToken ct)
    {
        var p = await partnerships.BySessionAsync(sessionId, Access.Read, [RecordKind.MeetingPreparation], ct);
        if (p is null)
        {
            return null;
        }

        var session = await db.SessionRecords.AsNoTracking().SingleAsync(s => s.Id == sessionId, ct);
        var saved = await db.MeetingPreparations.AsNoTracking().FirstOrDefaultAsync(x => x.SessionRecordId == sessionId, ct);
        return new(MeetingPreparationForm.ViewPath, new MeetingPreparationForm(p.Coachee.FullName, p.Coach.FullName, session.MeetingDate, session.SessionNumber, saved)
        {
            Wording = await FormWordingAsync(p.Id, ct),
        });
    }

    /// <summary>The coach's own preparation and reflection on a session: the policy lets the coach alone read it.</summary>
    public async Task<DocumentToPrint?> ReflectionAsync(Guid sessionId, CancellationToken ct)
    {
        var p = await partnerships.BySessionAsync(sessionId, Access.Read, [RecordKind.CoachReflection], ct);
        if (p is null)
        {
            return null;
        }

        var session = await db.SessionRecords.AsNoTracking().SingleAsync(s => s.Id == sessionId, ct);
        var saved = await db.CoachPreparationReflections.AsNoTracking().FirstOrDefaultAsync(x => x.SessionRecordId == sessionId, ct);
        return await FormAsync(p, PrintedForms.PreparationAndReflection(About(p, session), saved), ct);
    }

    /// <summary>A partnership's form in the wording in force for the coachee's organisation, whose programme it is (as for the agreement).</summary>
    private async Task<DocumentToPrint> FormAsync(Partnership p, PrintedForm form, CancellationToken ct) =>
        DocumentToPrint.Form(form with { Wording = await FormWordingAsync(p.Id, ct) });

    /// <summary>Looked up once per partnership: the whole file prints a dozen of its forms.</summary>
    private async Task<StandingText> FormWordingAsync(Guid matchId, CancellationToken ct)
    {
        if (!_formWording.TryGetValue(matchId, out var text))
        {
            text = await wordings.InForceTextAsync(await wordings.OrganisationOfAsync(matchId, ct), ct);
            _formWording[matchId] = text;
        }

        return text;
    }

    private static PrintedForms.About About(Partnership p, SessionRecord? session = null) =>
        new(p.Coach.FullName, p.Coachee.FullName, session?.SessionNumber, session?.MeetingDate);
}
