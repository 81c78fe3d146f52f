using System.Net;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.Account;

public class ChangeEmailTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_new_address_takes_effect_when_its_link_is_followed_and_the_old_address_is_told()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateFormClient();
        await client.SignInAsync(user);
        var newEmail = $"moved.{Guid.NewGuid():N}@example.test";

        var asked = await client.SubmitFormAsync("/account/change-email", new Dictionary<string, string> { ["Email"] = newEmail }, AccountTestExtensions.MainForm);
        Assert.Equal("/account", asked.Headers.Location!.OriginalString);
        Assert.Equal(user.Email, await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.UserId).Select(u => u.Email).SingleAsync()));

        var link = await factory.LinkInLatestEmailAsync(newEmail, "/account/confirm-email-change");
        var confirmed = await client.SubmitFormAsync(link, new Dictionary<string, string>(), AccountTestExtensions.MainForm);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(newEmail, await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.UserId).Select(u => u.UserName).SingleAsync()));
        Assert.Equal(newEmail, await factory.WithDbAsync(db => db.People.Where(p => p.Id == user.PersonId).Select(p => p.Email).SingleAsync()));
        Assert.Equal(1, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == user.Email && m.Subject == "The e-mail address of your account has changed")));
        await factory.CreateFormClient().SignInAsync(user with { Email = newEmail });
    }

    [Fact]
    public async Task An_address_already_in_use_gets_no_email_but_the_same_answer()
    {
        var user = await factory.CreateUserAsync();
        var other = await factory.CreateUserAsync();
        var client = factory.CreateFormClient();
        await client.SignInAsync(user);

        var asked = await client.SubmitFormAsync("/account/change-email", new Dictionary<string, string> { ["Email"] = other.Email }, AccountTestExtensions.MainForm);

        Assert.Equal("/account", asked.Headers.Location!.OriginalString);
        Assert.Equal(0, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == other.Email)));
    }

    [Fact]
    public async Task Empty_over_long_and_script_bearing_addresses_give_an_error_summary()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateFormClient();
        await client.SignInAsync(user);

        var empty = await client.PostAndReadAsync("/account/change-email", new() { ["Email"] = "" });
        var tooLong = await client.PostAndReadAsync("/account/change-email", new() { ["Email"] = new string('a', 250) + "@example.test" });
        var script = await client.PostAndReadAsync("/account/change-email", new() { ["Email"] = "<script>alert(1)</script>@example.test" });

        Assert.Equal(["Enter your e-mail address"], empty.AssertErrorSummary());
        Assert.Equal(["E-mail address must be 256 characters or fewer"], tooLong.AssertErrorSummary());
        Assert.Equal(["Enter an e-mail address in the correct format, like name@example.com"], script.AssertErrorSummary());
        Assert.DoesNotContain("<script>alert(1)</script>", script.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }
}
