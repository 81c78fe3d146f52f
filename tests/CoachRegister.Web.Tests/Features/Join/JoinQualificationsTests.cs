using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Features.Join;

public class JoinQualificationsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly Dictionary<string, string> YesWithoutABody = new()
    {
        ["HoldsAccreditation"] = "true", ["Ilm3"] = "NotHeld", ["Ilm5"] = "Achieved", ["Ilm7"] = "NotHeld", ["Other"] = "NotHeld",
    };

    [Theory]
    [InlineData(false, "Select the body that accredits you")]
    [InlineData(true, "Dewiswch y corff sy'n eich achredu")]
    public async Task Holding_an_accreditation_without_naming_the_body_asks_for_the_body_in_words_for_people(bool welsh, string message)
    {
        var applicant = await JoinApplicant.ArrangeAsync(factory);
        await applicant.StartAsync();
        if (welsh)
        {
            applicant.Client.Http.DefaultRequestHeaders.Add("Cookie", HttpRequests.WelshCookie);
        }

        var page = await FormClient.ParseAsync(await applicant.Client.SubmitFormAsync("/join/qualifications", YesWithoutABody));

        var summary = page.QuerySelector(".govuk-error-summary a[href='#Accreditation']")?.TextContent.Trim();
        Assert.Equal(message, summary);
        Assert.Contains(message, page.QuerySelector("#Accreditation-error")!.TextContent);
        Assert.DoesNotContain("'Accreditation'", page.Body!.TextContent);
    }

    [Fact]
    public async Task Which_body_is_revealed_by_yes_as_a_govuk_conditional_radio_and_another_body_by_its_own()
    {
        var applicant = await JoinApplicant.ArrangeAsync(factory);
        await applicant.StartAsync();

        var page = await applicant.Client.GetPageAsync("/join/qualifications");

        var yes = page.QuerySelector("input[name=HoldsAccreditation][value=true]")!;
        var reveal = page.GetElementById(yes.GetAttribute("data-aria-controls")!)!;
        Assert.Equal("govuk-radios", yes.Closest(".govuk-radios")!.GetAttribute("data-module"));
        Assert.True(reveal.ClassList.Contains("govuk-radios__conditional"));
        Assert.True(reveal.ClassList.Contains("govuk-radios__conditional--hidden"));
        Assert.NotEmpty(reveal.QuerySelectorAll("input[name=Accreditation]"));
        Assert.True(string.IsNullOrEmpty(page.QuerySelector("input[name=HoldsAccreditation][value=false]")!.GetAttribute("data-aria-controls")));

        var other = reveal.QuerySelector("input[name=Accreditation][value=Other]")!;
        var otherReveal = page.GetElementById(other.GetAttribute("data-aria-controls")!)!;
        Assert.True(otherReveal.ClassList.Contains("govuk-radios__conditional"));
        Assert.NotNull(otherReveal.QuerySelector("input[name=AccreditationOther]"));
    }
}
