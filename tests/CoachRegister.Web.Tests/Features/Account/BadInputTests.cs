using System.Net;
using AngleSharp.Html.Dom;
using CoachRegister.Data.Identity;
using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Features.Account;

/// <summary>
/// Every form of the foundation receives empty, over-long and script-bearing values in all its text
/// fields. The portal must answer without a server error, and never echo the script unescaped.
/// </summary>
public class BadInputTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Script = "<script>alert(1)</script>";

    public static TheoryData<string, bool> Forms() => new()
    {
        { "/account/sign-in", false },
        { "/account/register", false },
        { "/account/forgot-password", false },
        { "/account/resend-confirmation", false },
        { "/account/reset-password?userId=00000000-0000-0000-0000-000000000000&code=x", false },
        { "/account/change-password", true },
        { "/account/change-email", true },
        { "/account/re-authenticate", true },
        { "/account/two-factor/set-up", true },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Empty_values_are_refused_with_an_error_summary(string url, bool signedIn)
    {
        var response = await PostAllTextFieldsAsync(url, signedIn, string.Empty);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.NotNull(page.QuerySelector(".govuk-error-summary"));
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Over_long_values_never_cause_a_server_error(string url, bool signedIn)
    {
        var response = await PostAllTextFieldsAsync(url, signedIn, new string('x', 5000));

        Assert.True((int)response.StatusCode < 500, $"POST {url} with 5,000 characters gave {(int)response.StatusCode}.");
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Assert.NotNull((await FormClient.ParseAsync(response)).QuerySelector(".govuk-error-summary"));
        }
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Script_bearing_values_are_never_echoed_unescaped(string url, bool signedIn)
    {
        var response = await PostAllTextFieldsAsync(url, signedIn, Script);

        Assert.True((int)response.StatusCode < 500, $"POST {url} with a script gave {(int)response.StatusCode}.");
        Assert.DoesNotContain(Script, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostAllTextFieldsAsync(string url, bool signedIn, string value)
    {
        var client = factory.CreateFormClient();
        if (signedIn)
        {
            await client.SignInAsync(await factory.CreateUserAsync(Roles.Staff));
        }

        var page = await client.GetPageAsync(url);
        var form = page.QuerySelector("main form[method=post]") as IHtmlFormElement;
        Assert.NotNull(form);
        var fields = form.Elements
            .Where(e => e is IHtmlTextAreaElement || (e is IHtmlInputElement input && input.Type is "text" or "email" or "password" or "tel" or "search"))
            .Select(e => e.GetAttribute("name"))
            .OfType<string>()
            .Distinct()
            .ToDictionary(name => name, _ => value);
        Assert.NotEmpty(fields);
        return await client.SubmitFormAsync(page, url, fields);
    }
}
