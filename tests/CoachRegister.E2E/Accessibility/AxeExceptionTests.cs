using CoachRegister.E2E.Infrastructure;

namespace CoachRegister.E2E.Accessibility;

/// <summary>The one axe finding the accessibility check lets through, and only that one.</summary>
[Collection(PortalCollection.Name)]
public class AxeExceptionTests(BrowserFixture browser)
{
    private const string Page = """
        <!DOCTYPE html><html lang="en"><head><title>Radios</title></head><body><main>
        <form><fieldset><legend>Do you hold an accreditation?</legend>
        <input class="govuk-radios__input" id="yes" name="a" type="radio" value="true" aria-controls="reveal" aria-expanded="true" OTHER>
        <label for="yes">Yes</label>
        <input class="govuk-radios__input" id="no" name="a" type="radio" value="false">
        <label for="no">No</label>
        <div id="reveal"><label for="body">Which body?</label><input id="body" name="body" type="text"></div>
        </fieldset></form></main></body></html>
        """;

    [Fact]
    public async Task A_govuk_radio_that_reveals_a_question_may_carry_aria_expanded()
    {
        var page = await browser.NewPageAsync();
        await page.SetContentAsync(Page.Replace("OTHER", string.Empty, StringComparison.Ordinal));

        await page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task Any_other_disallowed_attribute_on_that_radio_still_fails()
    {
        var page = await browser.NewPageAsync();
        await page.SetContentAsync(Page.Replace("OTHER", "aria-pressed=\"true\"", StringComparison.Ordinal));

        var failure = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(page.AssertNoViolationsAsync);
        Assert.Contains("aria-allowed-attr", failure.Message, StringComparison.Ordinal);
    }
}
