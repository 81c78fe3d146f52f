using CoachRegister.Domain.Feedback;
using CoachRegister.Web.Tests.Features.Relationships;
using CoachRegister.Web.Tests.Infrastructure;
using CoachRegister.Web.Tests.Infrastructure.Pdf;

namespace CoachRegister.Web.Tests.Features.Documents;

/// <summary>
/// A partnership's records as PDFs: each filled from the record, for the people its page is for, with nothing in it
/// that the reader's page would not show.
/// </summary>
[Collection(PdfCollection.Name)]
public sealed class RecordDocumentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_session_record_prints_the_notes_and_goal_progress_but_not_the_coachs_own_reflections()
    {
        var p = await factory.PartnershipAsync();
        var url = $"/sessions/{p.HeldSessionId}/record.pdf";

        var pdf = await factory.ClientFor(p.Coachee).PdfAsync(url);

        Assert.Equal("Session record", pdf.Title);
        foreach (var phrase in new[] { "Coach Ceri Coach", "Coachee Cai Coachee", "Session number 1", "Start time 10:00", "End time 11:30", "Total hours 1.5", ArrangedPartnership.SessionContent, "Actions identified Draft the agenda", "Progress towards each goal" })
        {
            Assert.Contains(phrase, pdf.Text, StringComparison.Ordinal);
        }

        // The private goal is the coachee's own, on their session page too. Its score reads back beside the goal's
        // first line (it wraps), so the shared goal's, on one line, stands for the scores.
        Assert.Contains($"{ArrangedPartnership.SharedGoal} 4", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("PRIVATE-GOAL", pdf.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(ArrangedPartnership.CoachReflection, pdf.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(ArrangedPartnership.ReflectiveLog, pdf.Text, StringComparison.Ordinal);
        pdf.AssertNumbered();
        Assert.Contains("download", (await factory.ClientFor(p.Coach).GetPageAsync($"/sessions/{p.HeldSessionId}")).QuerySelector($"a[href='{url}']")!.OuterHtml, StringComparison.Ordinal);
        foreach (var other in new[] { p.Manager, p.Hr, p.Colleague })
        {
            await factory.ClientFor(other).AssertRefusedAsync(url);
        }
    }

    [Fact]
    public async Task The_reflective_log_entry_prints_for_the_coach_who_wrote_it_and_nobody_else()
    {
        var p = await factory.PartnershipAsync();
        var url = $"/reflective-log/{p.ReflectiveLogEntryId}/entry.pdf";

        var pdf = await factory.ClientFor(p.Coach).PdfAsync(url);

        Assert.Equal("Reflective log", pdf.Title);
        Assert.Contains($"What are your key learning points? {ArrangedPartnership.ReflectiveLog}", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Coachee Cai Coachee", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("For the coach only. Nobody else reads it.", pdf.Text, StringComparison.Ordinal);
        pdf.AssertNumbered();
        foreach (var other in new[] { p.Coachee, p.Manager, p.Hr, p.Colleague })
        {
            await factory.ClientFor(other).AssertRefusedAsync(url);
        }
    }

    [Fact]
    public async Task Feedback_prints_blank_for_the_coachee_to_give_and_filled_once_given_and_never_for_others()
    {
        var p = await factory.PartnershipAsync();
        var url = $"/sessions/{p.HeldSessionId}/feedback.pdf";
        await factory.ClientFor(p.Coach).AssertRefusedAsync(url);

        var blank = await factory.ClientFor(p.Coachee).PdfAsync(url);
        Assert.Contains("Feedback on a session", blank.Text, StringComparison.Ordinal);
        Assert.Contains("Session number 1", blank.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Given on 1", blank.Text, StringComparison.Ordinal);

        await factory.WithDbAsync(async db =>
        {
            db.CoachFeedback.Add(CoachFeedback.ForSession(p.MatchId, p.HeldSessionId, "The questions about my team FEEDBACK-TEXT", null, null, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });
        var given = await factory.ClientFor(p.Coach).PdfAsync(url);
        Assert.Contains("What worked well in the session? The questions about my team FEEDBACK-TEXT", given.Text, StringComparison.Ordinal);
        foreach (var other in new[] { p.Manager, p.Hr, p.Colleague })
        {
            await factory.ClientFor(other).AssertRefusedAsync(url);
        }
    }

    [Fact]
    public async Task The_rating_the_evaluation_and_the_plan_print_filled_for_both_sides_only()
    {
        var p = await factory.PartnershipAsync();
        await factory.WithDbAsync(async db =>
        {
            var scores = Enum.GetValues<CoachAttribute>().ToDictionary(a => a, a => a == CoachAttribute.Patience ? 3 : 9);
            db.CoachFeedback.Add(CoachFeedback.Rating(p.MatchId, scores, "A good year RATING-TEXT", "More time for silence", DateTimeOffset.UtcNow));
            db.FinalEvaluations.Add(FinalEvaluation.Submit(p.MatchId, new EvaluationAnswers(
                "Calm and curious EVALUATION-TEXT", true, null, false, "I chair meetings now", null, "The questions", null, null, "Too short", null, null), DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });
        var coach = factory.ClientFor(p.Coach);

        var rating = await coach.PdfAsync($"/relationships/{p.MatchId}/rating.pdf");
        var evaluation = await coach.PdfAsync($"/relationships/{p.MatchId}/evaluation.pdf");
        var plan = await factory.ClientFor(p.Coachee).PdfAsync($"/relationships/{p.MatchId}/plan.pdf");

        Assert.Contains("Builds rapport 9", rating.Text, StringComparison.Ordinal);
        Assert.Contains("Has patience 3", rating.Text, StringComparison.Ordinal);
        Assert.Contains("A good year RATING-TEXT", rating.Text, StringComparison.Ordinal);
        Assert.Contains("How did you find your coach's style? Calm and curious EVALUATION-TEXT", evaluation.Text, StringComparison.Ordinal);
        Assert.Contains("Did the sessions meet your expectations? Yes Tell us more", evaluation.Text, StringComparison.Ordinal);
        Assert.Contains("Would you recommend coaching or mentoring to colleagues? No How have things changed", evaluation.Text, StringComparison.Ordinal);
        Assert.Contains("Would you consider a coaching course in the future? Yes No What you found", evaluation.Text, StringComparison.Ordinal);
        Assert.Contains("Chair a team", plan.Text, StringComparison.Ordinal);
        Assert.Contains("Amber", plan.Text, StringComparison.Ordinal);
        foreach (var pdf in new[] { rating, evaluation, plan })
        {
            pdf.AssertNumbered();
            Assert.Contains("CONFIDENTIAL", pdf.Pages[0], StringComparison.Ordinal);
        }

        foreach (var other in new[] { p.Manager, p.Hr, p.Colleague })
        {
            foreach (var url in new[] { "rating.pdf", "evaluation.pdf", "plan.pdf" })
            {
                await factory.ClientFor(other).AssertRefusedAsync($"/relationships/{p.MatchId}/{url}");
            }
        }
    }

    [Fact]
    public async Task A_welsh_coachee_gets_the_session_record_in_welsh()
    {
        var p = await factory.PartnershipAsync();
        var coachee = factory.ClientFor(p.Coachee);
        await coachee.InWelshAsync();

        var pdf = await coachee.PdfAsync($"/sessions/{p.HeldSessionId}/record.pdf");

        Assert.Equal("Cofnod sesiwn", pdf.Title);
        Assert.Equal("cy-GB", pdf.Language);
        Assert.Contains("Cyfanswm yr oriau", pdf.Text, StringComparison.Ordinal);
        Assert.Contains(ArrangedPartnership.SessionContent, pdf.Text, StringComparison.Ordinal);
        pdf.AssertNumbered("Tudalen {0} o {1}");
        foreach (var english in new[] { "Session record", "Total hours", "Key points and topics discussed", "Progress towards each goal", "Page 1 of" })
        {
            Assert.DoesNotContain(english, pdf.Text, StringComparison.Ordinal);
        }
    }
}
