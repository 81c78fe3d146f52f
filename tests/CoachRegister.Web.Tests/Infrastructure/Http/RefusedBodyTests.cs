using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using CoachRegister.Data.Identity;
using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Infrastructure.Http;

/// <summary>
/// Bodies the portal will not read (over a limit, or with a NUL byte) are answered with a page that says so,
/// in the person's language, never with "Page not found".
/// </summary>
public class RefusedBodyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string WelshCookie = ".AspNetCore.Culture=c%3Dcy-GB%7Cuic%3Dcy-GB";

    [Fact]
    public async Task A_photo_over_the_upload_limit_is_refused_as_too_large_with_the_limit_named()
    {
        var (client, token) = await SignedInAsync(Roles.Staff);

        var response = await client.Http.PostAsync("/profile/photo", Upload(token, "photo", "photo.png", 3 * 1024 * 1024));

        var page = await AssertRefusedAsync(response, HttpStatusCode.RequestEntityTooLarge, "The file or form you sent is too large");
        Assert.Contains("smaller than 2 MB", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_over_the_import_limit_is_refused_as_too_large()
    {
        var (client, token) = await SignedInAsync(Roles.Staff, Roles.HrAdmin);

        var response = await client.Http.PostAsync("/hr/import", Upload(token, "file", "register.csv", (int)(2.9 * 1024 * 1024)));

        await AssertRefusedAsync(response, HttpStatusCode.RequestEntityTooLarge, "The file or form you sent is too large");
    }

    [Fact]
    public async Task An_ordinary_form_of_three_megabytes_is_refused_as_too_large()
    {
        var (client, token) = await SignedInAsync(Roles.Staff);

        var response = await client.Http.PostAsync("/account/change-password", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("CurrentPassword", new string('x', 3 * 1024 * 1024)),
        ]));

        await AssertRefusedAsync(response, HttpStatusCode.RequestEntityTooLarge, "The file or form you sent is too large");
    }

    [Fact]
    public async Task A_field_with_a_nul_byte_is_refused_as_a_bad_request_that_names_the_characters()
    {
        var (client, token) = await SignedInAsync(Roles.Staff);

        var response = await client.Http.PostAsync("/account/change-password", Encoded($"__RequestVerificationToken={Uri.EscapeDataString(token)}&CurrentPassword=a%00b"));

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "The form you sent contains characters we cannot accept");
    }

    [Fact]
    public async Task An_anonymous_form_with_a_nul_byte_is_refused_the_same_way()
    {
        var client = factory.CreateFormClient();
        var token = Token(await client.GetPageAsync("/account/sign-in"));

        var response = await client.Http.PostAsync("/account/sign-in", Encoded($"__RequestVerificationToken={Uri.EscapeDataString(token)}&Email=a%00@example.test&Password=x"));

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "The form you sent contains characters we cannot accept");
    }

    [Fact]
    public async Task The_refusal_pages_are_in_welsh_for_a_welsh_reader()
    {
        var (client, token) = await SignedInAsync(Roles.Staff);
        client.Http.DefaultRequestHeaders.Add("Cookie", WelshCookie);

        var tooLarge = await client.Http.PostAsync("/profile/photo", Upload(token, "photo", "photo.png", 3 * 1024 * 1024));
        var nul = await client.Http.PostAsync("/account/change-password", Encoded($"__RequestVerificationToken={Uri.EscapeDataString(token)}&CurrentPassword=%00"));

        var tooLargePage = await AssertRefusedAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge, "Mae'r ffeil neu'r ffurflen a anfonoch yn rhy fawr");
        Assert.Contains("llai na 2 MB", tooLargePage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await AssertRefusedAsync(nul, HttpStatusCode.BadRequest, "Mae'r ffurflen a anfonoch yn cynnwys nodau na allwn eu derbyn");
    }

    [Theory]
    [InlineData(400, "Sorry, there is a problem with your request")]
    [InlineData(413, "The file or form you sent is too large")]
    public async Task An_error_page_re_run_with_an_unreadable_body_keeps_its_status(int status, string heading)
    {
        var client = factory.CreateFormClient();

        var response = await client.Http.PostAsync($"/error/{status}", Encoded("field=%00"));

        await AssertRefusedAsync(response, (HttpStatusCode)status, heading);
    }

    private async Task<(FormClient Client, string Token)> SignedInAsync(params string[] roles)
    {
        var client = factory.CreateFormClient();
        await client.SignInAsync(await factory.CreateUserAsync(roles));
        return (client, Token(await client.GetPageAsync("/account/change-password")));
    }

    private static async Task<IHtmlDocument> AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode expected, string heading)
    {
        var page = await FormClient.ParseAsync(response);
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {page.QuerySelector("h1")?.TextContent}");
        Assert.Equal(heading, page.QuerySelector("main h1")?.TextContent.Trim());
        return page;
    }

    private static string Token(IHtmlDocument page) =>
        page.QuerySelector("main input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static MultipartFormDataContent Upload(string token, string field, string fileName, int size) => new()
    {
        { new StringContent(token), "__RequestVerificationToken" },
        { new ByteArrayContent(Encoding.ASCII.GetBytes(new string('x', size))), field, fileName },
    };

    private static StringContent Encoded(string body) => new(body, Encoding.ASCII, "application/x-www-form-urlencoded");
}
