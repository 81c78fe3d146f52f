using CoachRegister.Web.Features.Agreements;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Documents;
using CoachRegister.Web.Infrastructure.Documents.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachRegister.Web.Features.Documents;

/// <summary>
/// The blank paper forms, for schemes and people who still work on paper: the same forms the portal prints
/// filled, with lines and boxes to write in. They hold no record, so anyone signed in may print them, in the
/// standing wording of their own organisation (the one they will fill it in for).
/// </summary>
[Authorize]
public class FormsController(DocumentRenderer renderer, Wordings wordings) : Controller
{
    [HttpGet("forms")]
    public IActionResult Index() => View("/Features/Documents/Views/Forms.cshtml", BlankForms.All);

    [HttpGet("forms/{form}.pdf")]
    public async Task<IActionResult> Blank(string form, CancellationToken ct)
    {
        if (BlankForms.Find(form) is not { } blank)
        {
            return NotFound();
        }

        var wording = await wordings.InForceTextAsync(await wordings.OrganisationOfPersonAsync(User.FindPersonId(), ct), ct);
        return (await renderer.RenderAsync(blank.ViewPath, blank.Model(wording), ct: ct)).ToFileResult();
    }
}

/// <summary>One blank form: its address, its title and what it is for (English keys), and how to make it in a standing wording.</summary>
public sealed record BlankForm(string Slug, string Title, string Purpose, string ViewPath, Func<StandingText, object> Model);

public static class BlankForms
{
    private static readonly PrintedForms.About Nobody = new();

    public static IReadOnlyList<BlankForm> All { get; } =
    [
        Printed("coach-application", () => PrintedForms.CoachApplication(), "To offer coaching or mentoring to colleagues."),
        Printed("coachee-application", () => PrintedForms.CoacheeApplication(), "To ask for a coach or a mentor, with your line manager's support."),
        Printed("declaration-of-interest", () => PrintedForms.DeclarationOfInterest(Nobody), "Signed by both with the agreement."),
        new("meeting-preparation", "Meeting preparation form", "For the coachee, before each session.", MeetingPreparationForm.ViewPath, wording => new MeetingPreparationForm { Wording = wording }),
        Printed("session-record", () => PrintedForms.SessionRecord(Nobody), "For the coach, after each session."),
        Printed("preparation-and-reflection", () => PrintedForms.PreparationAndReflection(Nobody), "For the coach, before and after each session."),
        Printed("reflective-log", () => PrintedForms.ReflectiveLog(), "For the coach's own learning and supervision."),
        Printed("session-feedback", () => PrintedForms.SessionFeedback(Nobody), "For the coachee, after a session."),
        Printed("coach-rating", () => PrintedForms.CoachRating(Nobody), "For the coachee: the fifteen skills of a coach, each rated from 1 to 10."),
        Printed("final-evaluation", () => PrintedForms.FinalEvaluation(Nobody), "For the coachee, at the end of the programme."),
        Printed("development-plan", () => PrintedForms.DevelopmentPlan(Nobody), "For the coach and the coachee together."),
    ];

    public static BlankForm? Find(string slug) => All.FirstOrDefault(f => f.Slug == slug);

    private static BlankForm Printed(string slug, Func<PrintedForm> make, string purpose) =>
        new(slug, make().Title, purpose, PrintedForm.ViewPath, wording => make() with { Wording = wording });
}
