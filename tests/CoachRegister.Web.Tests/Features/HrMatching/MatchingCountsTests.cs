using CoachRegister.Web.Tests.Features.Documents;
using CoachRegister.Web.Tests.Features.Matching;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.HrMatching;

/// <summary>Counts of places, requests and days on the scheme team's matching pages take the form their number needs.</summary>
public class MatchingCountsTests(MatchingPortalFactory factory) : IClassFixture<MatchingPortalFactory>
{
    [Fact]
    public async Task One_place_one_request_and_one_day_are_said_in_the_singular_in_english_and_welsh()
    {
        var scene = await factory.SceneAsync();
        var coach = await factory.CoachAsync(scene, capacity: 1);
        var request = await factory.RequestAsync(scene);
        await factory.WithDbAsync(db => db.MatchRequests.Where(r => r.Id == request.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LineManagerRespondedAt, DateTimeOffset.UtcNow.AddHours(-25))));
        var client = factory.ClientFor(scene.Hr);

        var details = await client.GetPageAsync($"/hr/matching/{request.Id}");
        var queue = await client.GetPageAsync("/hr/matching");
        var home = await client.GetPageAsync("/");

        Assert.Contains("1 of 1 place free.", details.QuerySelector($"[data-coach='{coach.Profile.Id}']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Waiting 1 day since the line manager supported it", details.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Waiting for a match: 1 request, oldest first", queue.QuerySelector("#queue caption")!.TextContent.Trim());
        Assert.Contains("the oldest for 1 day", home.QuerySelector("#matching-queue")!.TextContent, StringComparison.Ordinal);

        await client.InWelshAsync();
        var welsh = await client.GetPageAsync($"/hr/matching/{request.Id}");
        Assert.Contains("1 o 1 lle yn rhydd.", welsh.QuerySelector($"[data-coach='{coach.Profile.Id}']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ers 1 diwrnod", welsh.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("places free", welsh.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
