using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;

namespace CoachRegister.Web.Features.Register;

/// <summary>English labels (localisation keys) for the register's enums, so every view words them alike.</summary>
public static class RegisterLabels
{
    public static readonly DeliveryFormat[] Formats = [DeliveryFormat.FaceToFace, DeliveryFormat.Telephone, DeliveryFormat.Video];

    public static readonly QualificationLevel[] Levels = [QualificationLevel.Ilm3, QualificationLevel.Ilm5, QualificationLevel.Ilm7, QualificationLevel.Other];

    public static readonly AccreditationBody[] Accreditations =
        [AccreditationBody.None, AccreditationBody.Emcc, AccreditationBody.Icf, AccreditationBody.AssociationForCoaching, AccreditationBody.Other];

    public static string Format(DeliveryFormat format) => format switch
    {
        DeliveryFormat.FaceToFace => "Face to face",
        DeliveryFormat.Telephone => "Telephone",
        DeliveryFormat.Video => "Video call",
        _ => "None",
    };

    public static IEnumerable<string> FormatList(DeliveryFormat formats) =>
        Formats.Where(f => formats.HasFlag(f)).Select(Format);

    public static string Level(QualificationLevel level) => level switch
    {
        QualificationLevel.Ilm3 => "ILM Level 3",
        QualificationLevel.Ilm5 => "ILM Level 5",
        QualificationLevel.Ilm7 => "ILM Level 7",
        _ => "Other qualification",
    };

    public static string Accreditation(AccreditationBody body) => body switch
    {
        AccreditationBody.Emcc => "EMCC (European Mentoring and Coaching Council)",
        AccreditationBody.Icf => "ICF (International Coaching Federation)",
        AccreditationBody.AssociationForCoaching => "Association for Coaching",
        AccreditationBody.Other => "Another body",
        _ => "None",
    };

    public static string Offer(OfferType offer) => offer switch
    {
        OfferType.Coaching => "Coaching",
        OfferType.Mentoring => "Mentoring",
        OfferType.Both => "Coaching and mentoring",
        _ => "None",
    };

    public static string ApplicationStage(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => "Draft",
        ApplicationStatus.AwaitingLineManager => "Waiting for line manager",
        ApplicationStatus.AwaitingDecision => "Waiting for decision",
        ApplicationStatus.Accepted => "Accepted",
        ApplicationStatus.Declined => "Declined",
        _ => "Withdrawn",
    };

    public static string ProfileState(ProfileStatus status) => status switch
    {
        ProfileStatus.Draft => "Draft",
        ProfileStatus.Published => "Published",
        ProfileStatus.Paused => "Paused",
        _ => "Withdrawn",
    };

    /// <summary>The area's name in the reader's language, falling back to English when no Welsh name is kept.</summary>
    public static string AreaName(string name, string? nameWelsh) =>
        System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "cy" && !string.IsNullOrWhiteSpace(nameWelsh)
            ? nameWelsh
            : name;
}
