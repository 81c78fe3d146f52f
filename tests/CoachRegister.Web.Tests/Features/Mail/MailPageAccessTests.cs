using System.Net;
using CoachRegister.Web.Tests.Infrastructure;
using CoachRegister.Web.Tests.Infrastructure.Email;

namespace CoachRegister.Web.Tests.Features.Mail;

public class MailPageAccessTests(OutboxPortalFactory factory) : IClassFixture<OutboxPortalFactory>
{
    [Theory]
    [InlineData("/admin/mail")]
    [InlineData("/admin/mail?page=2")]
    [InlineData("/admin/mail/20260101T000000000-0123456789abcdef0123456789abcdef.eml")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        var client = factory.CreateFormClient();

        var response = await client.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
