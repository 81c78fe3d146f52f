using CoachRegister.Web.Features.Agreements;

namespace CoachRegister.Web.Infrastructure.Documents.Forms;

/// <summary>
/// The coachee's meeting preparation form (DOMAIN.md, Sessions): printed blank to fill in by hand before a
/// session, or filled from the preparation the coachee wrote in the portal. Whatever is known is filled in; the
/// rest is left as space to write.
/// </summary>
public sealed record MeetingPreparationForm(
    string? CoacheeName = null,
    string? CoachName = null,
    DateOnly? SessionDate = null,
    int? SessionNumber = null,
    Domain.Sessions.MeetingPreparation? Answers = null)
{
    public const string ViewPath = "/Infrastructure/Documents/Forms/MeetingPreparationForm.cshtml";

    /// <summary>The words of its opening paragraph and notice: the organisation's, or the portal's default.</summary>
    public StandingText Wording { get; init; } = StandingText.Default;
}
