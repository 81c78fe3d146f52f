using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CoachRegister.E2E.Infrastructure;

/// <summary>Someone new to the portal, with the details they give on the registration form.</summary>
public sealed record NewPerson(
    string GivenName,
    string FamilyName,
    string Email,
    string JobTitle,
    string Organisation,
    string ServiceArea,
    string LineManagerEmail)
{
    public const string Password = "a fresh e2e password 2026";

    public string FullName => $"{GivenName} {FamilyName}";
}

public static partial class NewAccount
{
    /// <summary>
    /// Registers through /account/register and confirms the address with the link from the confirmation
    /// e-mail, read from the outbox as the person would read it from their inbox.
    /// </summary>
    public static async Task RegisterAndConfirmAsync(this BrowserFixture browser, NewPerson person)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Given name").FillAsync(person.GivenName);
        await page.GetByLabel("Family name").FillAsync(person.FamilyName);
        await page.GetByLabel("E-mail address", new() { Exact = true }).FillAsync(person.Email);
        await page.GetByLabel("Job title").FillAsync(person.JobTitle);
        await page.GetByLabel("Organisation").SelectOptionAsync(new SelectOptionValue { Label = person.Organisation });
        await page.GetByLabel("Service area or team").SelectOptionAsync(new SelectOptionValue { Label = person.ServiceArea });
        await page.GetByLabel("Line manager", new() { Exact = false }).FillAsync(person.LineManagerEmail);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(NewPerson.Password);
        await page.GetByLabel("Confirm password").FillAsync(NewPerson.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/account/register/check-your-email", StringComparison.Ordinal));

        string? body = null;
        await browser.Portal.WithDbAsync(async db => body = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.To == person.Email)
            .OrderByDescending(m => m.CreatedAt)
            .Select(m => m.TextBody)
            .FirstOrDefaultAsync());
        var link = ConfirmationLink().Match(WebUtility.HtmlDecode(body ?? string.Empty));
        Assert.True(link.Success, $"No confirmation link was queued for {person.Email}.");

        await page.GotoAsync(link.Value);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my e-mail address" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/account/sign-in", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"/account/confirm-email\?[^\s""<>()]+")]
    private static partial Regex ConfirmationLink();
}
