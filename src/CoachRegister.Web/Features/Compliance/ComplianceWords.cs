using System.Globalization;
using CoachRegister.Domain.Development;
using CoachRegister.Domain.Development.Compliance;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Compliance;

/// <summary>The checker's codes and numbers in words, in the reader's language.</summary>
public static class ComplianceWords
{
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Amount(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);

    public static string Status(ComplianceStatus status, IStringLocalizer<ComplianceText> t) => status switch
    {
        ComplianceStatus.Compliant => t["Compliant"],
        ComplianceStatus.DueSoon => t["Due soon"],
        ComplianceStatus.NotCompliant => t["Not compliant"],
        ComplianceStatus.Paused => t["Paused"],
        _ => status.ToString(),
    };

    /// <summary>The GOV.UK tag colour of a standing.</summary>
    public static string TagClass(ComplianceStatus status) => status switch
    {
        ComplianceStatus.Compliant => "govuk-tag--green",
        ComplianceStatus.DueSoon => "govuk-tag--yellow",
        ComplianceStatus.NotCompliant => "govuk-tag--orange",
        _ => "govuk-tag--red",
    };

    public static string Requirement(RequirementKind kind, IStringLocalizer<ComplianceText> t) => kind switch
    {
        RequirementKind.PracticeHours => t["Coaching practice hours"],
        RequirementKind.SupervisionSessions => t["Supervision sessions"],
        RequirementKind.CpdActivities => t["CPD activities"],
        RequirementKind.PeerSupportSessions => t["Peer-support sessions"],
        RequirementKind.TrainingWorkshops => t["Training workshops"],
        RequirementKind.Qualification => t["Qualification"],
        RequirementKind.Caseload => t["Caseload"],
        _ => kind.ToString(),
    };

    public static string CpdKindName(CpdKind kind, IStringLocalizer<ComplianceText> t) => kind switch
    {
        CpdKind.Activity => t["Activity"],
        CpdKind.TrainingWorkshop => t["Training or update workshop"],
        CpdKind.Course => t["Course"],
        CpdKind.Reading => t["Reading"],
        _ => kind.ToString(),
    };

    public static string SupervisionKindName(SupervisionKind kind, IStringLocalizer<ComplianceText> t) => kind switch
    {
        SupervisionKind.OneToOne => t["One-to-one supervision"],
        SupervisionKind.Group => t["Group supervision"],
        SupervisionKind.PeerSupport => t["Peer-support session"],
        _ => kind.ToString(),
    };

    /// <summary>"1 supervision session short, due 31 March 2026"; "was due" once the deadline has passed.</summary>
    public static string Reason(RequirementResult requirement, IStringLocalizer<ComplianceText> t)
    {
        var reason = requirement.Reason;
        if (reason.Code == ReasonCode.Met)
        {
            return t["Met"];
        }

        var missing = Amount(reason.Missing);
        var one = reason.Missing == 1m;
        var what = reason.Code switch
        {
            ReasonCode.PracticeHoursShort => one ? t["1 hour of coaching practice short"] : t["{0} hours of coaching practice short", missing],
            ReasonCode.SupervisionShort => one ? t["1 supervision session short"] : t["{0} supervision sessions short", missing],
            ReasonCode.CpdShort => one ? t["1 CPD activity short"] : t["{0} CPD activities short", missing],
            ReasonCode.PeerSupportShort => one ? t["1 peer-support session short"] : t["{0} peer-support sessions short", missing],
            ReasonCode.WorkshopsShort => one ? t["1 training workshop short"] : t["{0} training workshops short", missing],
            ReasonCode.QualificationNotStarted => t["Qualification not started: no first assignment submitted yet"],
            ReasonCode.QualificationNotAchieved => t["Qualification not yet achieved"],
            ReasonCode.CaseloadOverLimit => one ? t["1 coachee over the limit"] : t["{0} coachees over the limit", missing],
            _ => t["Met"],
        };
        if (reason.Due is not { } due)
        {
            return what;
        }

        var overdue = requirement.Status is RequirementStatus.NotCompliant or RequirementStatus.Paused;
        return overdue ? t["{0}, was due {1}", what.Value, Date(due)] : t["{0}, due {1}", what.Value, Date(due)];
    }
}
