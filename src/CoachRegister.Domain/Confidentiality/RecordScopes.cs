using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Organisations;
using CoachRegister.Domain.Register;

namespace CoachRegister.Domain.Confidentiality;

/// <summary>
/// The lists of <see cref="AccessPolicy"/>: the same rules written as query filters, so a list shows only
/// records the policy lets the asker read, in one database query. A test checks every list against the
/// policy record by record.
/// </summary>
public static class RecordScopes
{
    /// <summary>Published profiles of the registers the asker may browse as staff, or administers.</summary>
    public static IQueryable<CoachProfile> InDirectoryOf(this IQueryable<CoachProfile> profiles, Asker asker)
    {
        var schemes = asker.VisibleRegisterSchemeIds.Concat(asker.AdministeredSchemeIds).Distinct().ToList();
        return profiles.Where(p => p.Status == ProfileStatus.Published && schemes.Contains(p.SchemeId));
    }

    /// <summary>Every profile, whatever its state, of the schemes the asker administers.</summary>
    public static IQueryable<CoachProfile> AdministeredBy(this IQueryable<CoachProfile> profiles, Asker asker)
    {
        var schemes = asker.AdministeredSchemeIds.ToList();
        return profiles.Where(p => schemes.Contains(p.SchemeId));
    }

    /// <summary>Applications sent to the asker's schemes: HR never sees a draft.</summary>
    public static IQueryable<CoachApplication> SentToSchemesOf(this IQueryable<CoachApplication> applications, Asker asker)
    {
        var schemes = asker.AdministeredSchemeIds.ToList();
        return applications.Where(a => schemes.Contains(a.SchemeId) && a.Status != ApplicationStatus.Draft && a.SubmittedAt != null);
    }

    /// <summary>Applications waiting for the asker's answer as the line manager named on them.</summary>
    public static IQueryable<CoachApplication> AwaitingAnswerFrom(this IQueryable<CoachApplication> applications, Asker asker) =>
        applications.Where(a => a.LineManagerId == asker.PersonId && a.Status == ApplicationStatus.AwaitingLineManager);

    /// <summary>The partnerships the asker is one of the two sides of: the agreement and content are theirs.</summary>
    public static IQueryable<Match> PartnershipsOf(this IQueryable<Match> matches, Asker asker) =>
        matches.Where(m => m.CoacheeId == asker.PersonId || m.Coach!.PersonId == asker.PersonId);

    /// <summary>The asker's caseload: the partnerships they are the coach or mentor of.</summary>
    public static IQueryable<Match> CaseloadOf(this IQueryable<Match> matches, Asker asker) =>
        matches.Where(m => m.Coach!.PersonId == asker.PersonId);

    /// <summary>Partnerships of the schemes the asker administers, for HR's activity figures.</summary>
    public static IQueryable<Match> InSchemesAdministeredBy(this IQueryable<Match> matches, Asker asker)
    {
        var schemes = asker.AdministeredSchemeIds.ToList();
        return matches.Where(m => schemes.Contains(m.Coach!.SchemeId));
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
}
