using CoachRegister.Domain.Development;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Organisations;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;

namespace CoachRegister.Domain.Confidentiality;

/// <summary>
/// The lists of <see cref="AccessPolicy"/>: the same rules written as query filters, so a list shows only
/// records the policy lets the asker read, in one database query. A test checks every list against the
/// policy record by record.
/// </summary>
public static class RecordScopes
{
    /// <summary>Published profiles of the registers the asker may browse as staff, or administers.</summary>
    public static IQueryable<T> InDirectoryOf<T>(this IQueryable<T> profiles, Asker asker)
        where T : IDirectoryListing
    {
        var schemes = DirectorySchemesOf(asker);
        return profiles.Where(p => p.Status == ProfileStatus.Published && schemes.Contains(p.SchemeId));
    }

    /// <summary>
    /// The schemes whose registers <see cref="InDirectoryOf"/> shows the asker, in a fixed order: everything the
    /// directory shows depends on the asker through this list alone, so results can be shared by everyone with
    /// the same list.
    /// </summary>
    public static List<Guid> DirectorySchemesOf(Asker asker) =>
        asker.VisibleRegisterSchemeIds.Concat(asker.AdministeredSchemeIds).Distinct().Order().ToList();

    /// <summary>Every profile, whatever its state, of the schemes the asker administers.</summary>
    public static IQueryable<CoachProfile> AdministeredBy(this IQueryable<CoachProfile> profiles, Asker asker)
    {
        var schemes = asker.AdministeredSchemeIds.ToList();
        return profiles.Where(p => schemes.Contains(p.SchemeId));
    }

    /// <summary>The practitioners HR allocated to the asker as supervisor or lead mentor: their CPD and supervision the asker reads.</summary>
    public static IQueryable<CoachProfile> SupervisedBy(this IQueryable<CoachProfile> profiles, Asker asker) =>
        profiles.Where(p => p.SupportingMentor != null && p.SupportingMentor.PersonId == asker.PersonId);

    /// <summary>Supervision sessions that name the asker as supervisor and wait for their confirmation (peer support needs none).</summary>
    public static IQueryable<SupervisionSession> AwaitingConfirmationBy(this IQueryable<SupervisionSession> sessions, Asker asker) =>
        sessions.Where(s => s.SupervisorId == asker.PersonId && !s.ConfirmedBySupervisor && s.Kind != SupervisionKind.PeerSupport);

    /// <summary>Applications sent to the asker's schemes: HR never sees a draft.</summary>
    public static IQueryable<CoachApplication> SentToSchemesOf(this IQueryable<CoachApplication> applications, Asker asker)
    {
        var schemes = asker.AdministeredSchemeIds.ToList();
        return applications.Where(a => schemes.Contains(a.SchemeId) && a.Status != ApplicationStatus.Draft && a.SubmittedAt != null);
    }

    /// <summary>Applications waiting for the asker's answer as the line manager named on them.</summary>
    public static IQueryable<CoachApplication> AwaitingAnswerFrom(this IQueryable<CoachApplication> applications, Asker asker) =>
        applications.Where(a => a.LineManagerId == asker.PersonId && a.Status == ApplicationStatus.AwaitingLineManager);

    /// <summary>Partnerships of the schemes the asker administers, for HR's activity figures.</summary>
    public static IQueryable<Match> InSchemesAdministeredBy(this IQueryable<Match> matches, Asker asker)
    {
        var schemes = asker.AdministeredSchemeIds.ToList();
        return matches.Where(m => schemes.Contains(m.Coach!.SchemeId));
    }

    /// <summary>The schemes whose settings the asker changes as their HR.</summary>
    public static IQueryable<Scheme> AdministeredBy(this IQueryable<Scheme> schemes, Asker asker)
    {
        var administered = asker.AdministeredSchemeIds.ToList();
        return schemes.Where(s => administered.Contains(s.Id));
    }

    /// <summary>Organisations whose registration (e-mail domains, invitations) the asker manages.</summary>
    public static IQueryable<Organisation> RegistrationManagedBy(this IQueryable<Organisation> organisations, Asker asker)
    {
        if (asker.IsSystemAdmin)
        {
            return organisations;
        }

        var schemes = asker.AdministeredSchemeIds.ToList();
        return organisations.Where(o => schemes.Contains(o.SchemeId));
    }

    /// <summary>The organisations whose standing wording the asker edits: those of the schemes they administer as HR.</summary>
    public static IQueryable<Organisation> WordingEditableBy(this IQueryable<Organisation> organisations, Asker asker)
    {
        var schemes = asker.AdministeredSchemeIds.ToList();
        return organisations.Where(o => schemes.Contains(o.SchemeId));
    }

    /// <summary>The asker's own requests for a coach or mentor, in every state.</summary>
    public static IQueryable<MatchRequest> MadeBy(this IQueryable<MatchRequest> requests, Asker asker) =>
        requests.Where(r => r.RequesterId == asker.PersonId);

    /// <summary>Requests waiting for the asker's support as the line manager named on them.</summary>
    public static IQueryable<MatchRequest> AwaitingAnswerFrom(this IQueryable<MatchRequest> requests, Asker asker) =>
        requests.Where(r => r.LineManagerId == asker.PersonId && r.Status == MatchRequestStatus.AwaitingLineManager);

    /// <summary>Requests the asker answered or is asked to answer as their line manager (the support requests).</summary>
    public static IQueryable<MatchRequest> SentForSupportTo(this IQueryable<MatchRequest> requests, Asker asker) =>
        requests.Where(r => r.LineManagerId == asker.PersonId && r.SubmittedAt != null);

    /// <summary>
    /// Requests of the schemes the asker administers that their line manager supported: the scheme team never
    /// sees a draft, a request waiting for its line manager, or one withdrawn before its line manager supported it.
    /// </summary>
    public static IQueryable<MatchRequest> SupportedInSchemesOf(this IQueryable<MatchRequest> requests, Asker asker)
    {
        var schemes = asker.AdministeredSchemeIds.ToList();
        return requests.Where(r => schemes.Contains(r.SchemeId)
            && r.LineManagerSupport == LineManagerSupport.Supported
            && r.Status != MatchRequestStatus.Draft && r.Status != MatchRequestStatus.AwaitingLineManager);
    }

    /// <summary>Matches proposed to the asker as coach or mentor, in every state.</summary>
    public static IQueryable<Match> ProposedTo(this IQueryable<Match> matches, Asker asker) =>
        matches.Where(m => m.Coach!.PersonId == asker.PersonId);

    /// <summary>Matches the asker takes part in, as coach or as coachee.</summary>
    public static IQueryable<Match> Involving(this IQueryable<Match> matches, Asker asker) =>
        matches.Where(m => m.Coach!.PersonId == asker.PersonId || m.CoacheeId == asker.PersonId);
}
