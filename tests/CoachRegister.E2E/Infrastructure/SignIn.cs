using CoachRegister.Web.Infrastructure.Seeding;
using Microsoft.Playwright;

namespace CoachRegister.E2E.Infrastructure;

public static class SignIn
{
    public static string Demo(string name) => $"{name}@{DemoSeeder.EmailDomain}";

    /// <summary>Signs in through the sign-in page, finding fields by their labels as a person would.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password = DemoSeeder.Password)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
    }
}
