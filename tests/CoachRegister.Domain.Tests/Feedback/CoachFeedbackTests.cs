using CoachRegister.Domain.Common;
using CoachRegister.Domain.Development;
using CoachRegister.Domain.Feedback;

namespace CoachRegister.Domain.Tests.Feedback;

public class CoachFeedbackTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_rating_needs_every_one_of_the_fifteen_attributes_from_1_to_10()
    {
        var scores = Enum.GetValues<CoachAttribute>().ToDictionary(a => a, a => (int)a % 10 + 1);

        var rating = CoachFeedback.Rating(Guid.NewGuid(), scores, "Good", null, At);

        Assert.Equal(15, rating.Ratings.Count);
        Assert.Null(rating.SessionRecordId);
        Assert.Equal(Rule.RatingIncomplete, Assert.Throws<RuleBrokenException>(() => CoachFeedback.Rating(Guid.NewGuid(), scores.Skip(1).ToDictionary(), null, null, At)).Rule);
        scores[CoachAttribute.Patience] = 0;
        Assert.Equal(Rule.RatingIncomplete, Assert.Throws<RuleBrokenException>(() => CoachFeedback.Rating(Guid.NewGuid(), scores, null, null, At)).Rule);
    }

    [Fact]
    public void Session_feedback_needs_an_answer()
    {
        Assert.Equal(Rule.FeedbackEmpty, Assert.Throws<RuleBrokenException>(() => CoachFeedback.ForSession(Guid.NewGuid(), Guid.NewGuid(), " ", null, null, At)).Rule);
        Assert.Equal("Listening", CoachFeedback.ForSession(Guid.NewGuid(), Guid.NewGuid(), "Listening", null, null, At).WorkedWell);
    }

    [Fact]
    public void A_plan_item_keeps_what_each_change_replaced()
    {
        var coach = Guid.NewGuid();
        var coachee = Guid.NewGuid();
        var item = DevelopmentPlanItem.Add(Guid.NewGuid(), new PlanItemText(new DateOnly(2026, 3, 1), "Budget", null, "Shadow finance", null, RagStatus.Red, false), coach, At);

        item.Update(item.Text with { Rag = RagStatus.Amber, Outcome = "Half way" }, coachee, At.AddDays(7));
        item.Update(item.Text, coachee, At.AddDays(8));

        var revision = Assert.Single(item.History);
        Assert.Equal(RagStatus.Red, revision.Rag);
        Assert.Equal(coach, revision.WrittenById);
        Assert.Equal(RagStatus.Amber, item.Rag);
        Assert.Equal(coachee, item.UpdatedById);
    }
}
