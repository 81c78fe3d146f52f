using CoachRegister.Domain.Schemes;

namespace CoachRegister.Domain.Register;

/// <summary>The parts of an application form, in the order the applicant meets them.</summary>
public enum ApplicationSection
{
    Offer,
    Experience,
    Areas,
    Qualifications,
    References,
    Practice,
    Start,
    Commitments,
}

public static class ApplicationRules
{
    public const int ReferencesRequired = 2;

    /// <summary>The sections this scheme's form has: references and practice details only where the scheme asks.</summary>
    public static IReadOnlyList<ApplicationSection> SectionsFor(Scheme scheme) =>
        Enum.GetValues<ApplicationSection>()
            .Where(s => s switch
            {
                ApplicationSection.References => scheme.RequiresReferences,
                ApplicationSection.Practice => scheme.RequiresPracticeDetails,
                _ => true,
            })
            .ToList();

    /// <summary>Sections still to complete before the application can be sent to the line manager.</summary>
    public static IReadOnlyList<ApplicationSection> MissingSections(CoachApplication application, Scheme scheme) =>
        SectionsFor(scheme).Where(s => !IsComplete(application, s)).ToList();

    public static bool IsComplete(CoachApplication application, ApplicationSection section) => section switch
    {
        ApplicationSection.Offer => application.Offers != OfferType.None,
        ApplicationSection.Experience => !string.IsNullOrWhiteSpace(application.ExperienceAndSkills) && !string.IsNullOrWhiteSpace(application.Motivation),
        ApplicationSection.Areas => application.Areas.Count > 0,
        ApplicationSection.Qualifications => application.QualificationsAnswered,
        ApplicationSection.References => application.References.Count >= ReferencesRequired,
        ApplicationSection.Practice => application.Practice is not null,
        ApplicationSection.Start => application.LineManagerId is not null,
        ApplicationSection.Commitments => application.AgreesToExpectations && application.ConfirmsCodeOfEthics
            && application.ConfirmsSupervisionAndCpd && application.ConfirmsLineManagerRelease && application.ConfirmsDataProcessing,
        _ => false,
    };

    /// <summary>Statuses of an application that is neither decided nor withdrawn: a person has one of these at most.</summary>
    public static readonly ApplicationStatus[] InProgress =
        [ApplicationStatus.Draft, ApplicationStatus.AwaitingLineManager, ApplicationStatus.AwaitingDecision];

    public static bool IsInProgress(ApplicationStatus status) => InProgress.Contains(status);
}
