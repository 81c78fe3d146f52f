using System.Diagnostics;
using System.Net;
using CoachRegister.Data.Identity;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace CoachRegister.Web.Tests.Features.Account;

/// <summary>
/// The anonymous forms answer an address with an account and one without in the same words and in about the
/// same time, and the registration form never says who is in the register.
/// </summary>
public class EnumerationTests(PortalFactory factory, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    private const string Password = "Seven hungry otters juggle plums";
    private const int Tries = 7;

    [Fact]
    public async Task Six_wrong_passwords_get_the_same_answers_for_an_unknown_address_as_for_a_real_account()
    {
        var user = await factory.CreateUserAsync(Roles.Staff);
        var unknown = $"nobody.{Guid.NewGuid():N}@example.test";
        var client = factory.CreateFormClient();

        var forAccount = new List<string[]>();
        var forUnknown = new List<string[]>();
        for (var i = 0; i < 6; i++)
        {
            forAccount.Add((await FormClient.ParseAsync(await client.SignInWithAsync(user.Email, $"wrong password number {i}"))).ErrorSummary());
            forUnknown.Add((await FormClient.ParseAsync(await client.SignInWithAsync(unknown, $"wrong password number {i}"))).ErrorSummary());
        }

        Assert.Equal(forAccount, forUnknown);
        Assert.Contains("locked for 15 minutes", forUnknown[^1][0], StringComparison.Ordinal);
        Assert.Equal(["The e-mail address or password is incorrect"], forUnknown[0]);
    }

    [Fact]
    public async Task Sign_in_takes_about_as_long_for_an_unknown_address_as_for_a_wrong_password()
    {
        var user = await factory.CreateUserAsync(Roles.Staff);
        var client = factory.CreateFormClient();

        var (known, unknown) = await MediansAsync(
            async () =>
            {
                await client.SignInWithAsync(user.Email, "not the password at all");
                // Below the lockout, so every try does the same work.
                await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, 0)));
            },
            () => client.SignInWithAsync($"nobody.{Guid.NewGuid():N}@example.test", "not the password at all"));

        AssertWithinFactorOfTwo(known, unknown);
    }

    [Fact]
    public async Task Sign_in_takes_about_as_long_for_a_locked_account_as_for_an_unknown_address()
    {
        var user = await factory.CreateUserAsync(Roles.Staff);
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddHours(1))));
        var client = factory.CreateFormClient();

        var (locked, unknown) = await MediansAsync(
            () => client.SignInWithAsync(user.Email, "not the password at all"),
            () => client.SignInWithAsync($"nobody.{Guid.NewGuid():N}@example.test", "not the password at all"));

        AssertWithinFactorOfTwo(locked, unknown);
    }

    [Fact]
    public async Task Registration_takes_about_as_long_for_an_address_with_an_account_as_for_a_new_one()
    {
        var (organisationId, areaId) = await OrganisationAsync();
        var existing = await factory.CreateUserAsync(Roles.Staff);
        var client = factory.CreateFormClient();

        var (known, fresh) = await MediansAsync(
            () => AssertRegisteredAsync(client.SubmitFormAsync("/account/register", Fields(existing.Email, organisationId, areaId, Password, Password), AccountTestExtensions.MainForm)),
            () => AssertRegisteredAsync(client.SubmitFormAsync("/account/register", Fields($"new.{Guid.NewGuid():N}@example.test", organisationId, areaId, Password, Password), AccountTestExtensions.MainForm)));

        AssertWithinFactorOfTwo(known, fresh);
    }

    [Fact]
    public async Task Forgot_password_takes_about_as_long_for_an_unknown_address_as_for_a_real_account()
    {
        var user = await factory.CreateUserAsync(Roles.Staff);
        var client = factory.CreateFormClient();

        var (known, unknown) = await MediansAsync(
            () => client.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = user.Email }, AccountTestExtensions.MainForm),
            () => client.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = $"nobody.{Guid.NewGuid():N}@example.test" }, AccountTestExtensions.MainForm));

        AssertWithinFactorOfTwo(known, unknown);
    }

    [Fact]
    public async Task A_refused_registration_says_nothing_about_whether_the_line_manager_is_in_the_register()
    {
        var (organisationId, areaId) = await OrganisationAsync();
        var manager = await factory.CreateUserAsync(Roles.Staff);
        var client = factory.CreateFormClient();

        var withKnown = await client.PostAndReadAsync("/account/register", Fields($"a.{Guid.NewGuid():N}@example.test", organisationId, areaId, Password, "a different one", manager.Email));
        var withUnknown = await client.PostAndReadAsync("/account/register", Fields($"b.{Guid.NewGuid():N}@example.test", organisationId, areaId, Password, "a different one", $"ghost.{Guid.NewGuid():N}@example.test"));

        Assert.Equal(["The passwords do not match"], withUnknown.AssertErrorSummary());
        Assert.Equal(withKnown.ErrorSummary(), withUnknown.ErrorSummary());
    }

    [Fact]
    public async Task The_line_manager_is_recorded_only_once_the_address_is_confirmed()
    {
        var (organisationId, areaId) = await OrganisationAsync();
        var manager = await factory.CreateUserAsync(Roles.Staff);
        var email = $"c.{Guid.NewGuid():N}@example.test";
        var client = factory.CreateFormClient();
        await AssertRegisteredAsync(client.SubmitFormAsync("/account/register", Fields(email, organisationId, areaId, Password, Password, manager.Email), AccountTestExtensions.MainForm));
        var beforeConfirming = await LineManagerOfAsync(email);

        var link = await factory.LinkInLatestEmailAsync(email, "/account/confirm-email");
        var confirm = await client.GetPageAsync(new Uri(link).PathAndQuery);
        var confirmed = await client.SubmitFormAsync(confirm, new Uri(link).PathAndQuery, new Dictionary<string, string>(), AccountTestExtensions.MainForm);

        Assert.Null(beforeConfirming);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(manager.PersonId, await LineManagerOfAsync(email));
    }

    [Fact]
    public async Task A_line_manager_no_one_has_is_reported_after_confirming_and_nothing_is_recorded()
    {
        var (organisationId, areaId) = await OrganisationAsync();
        var email = $"d.{Guid.NewGuid():N}@example.test";
        var ghost = $"ghost.{Guid.NewGuid():N}@example.test";
        var client = factory.CreateFormClient();
        await AssertRegisteredAsync(client.SubmitFormAsync("/account/register", Fields(email, organisationId, areaId, Password, Password, ghost), AccountTestExtensions.MainForm));

        var link = await factory.LinkInLatestEmailAsync(email, "/account/confirm-email");
        var confirm = await client.GetPageAsync(new Uri(link).PathAndQuery);
        await client.SubmitFormAsync(confirm, new Uri(link).PathAndQuery, new Dictionary<string, string>(), AccountTestExtensions.MainForm);
        var signIn = await client.GetPageAsync("/account/sign-in");

        Assert.Contains(ghost, signIn.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await LineManagerOfAsync(email));
    }

    /// <summary>Medians of <see cref="Tries"/> runs of each, interleaved so load on the machine falls on both alike, after one warm-up each.</summary>
    private static async Task<(double First, double Second)> MediansAsync(Func<Task> first, Func<Task> second)
    {
        await first();
        await second();
        var a = new List<double>();
        var b = new List<double>();
        for (var i = 0; i < Tries; i++)
        {
            a.Add(await TimeAsync(first));
            b.Add(await TimeAsync(second));
        }

        return (Median(a), Median(b));
    }

    private static async Task<double> TimeAsync(Func<Task> work)
    {
        var watch = Stopwatch.StartNew();
        await work();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private void AssertWithinFactorOfTwo(double a, double b)
    {
        output.WriteLine($"Medians of {Tries}: {a:F0} ms and {b:F0} ms");
        Assert.True(Math.Max(a, b) <= 2 * Math.Min(a, b), $"Medians {a:F0} ms and {b:F0} ms differ by more than a factor of 2.");
    }

    private static async Task AssertRegisteredAsync(Task<HttpResponseMessage> submitting)
    {
        var response = await submitting;
        Assert.Equal("/account/register/check-your-email", response.Headers.Location?.OriginalString);
    }

    private Task<Guid?> LineManagerOfAsync(string email) =>
        factory.WithDbAsync(db => db.People.Where(p => p.Email == email).Select(p => p.LineManagerId).SingleAsync());

    private async Task<(Guid OrganisationId, Guid AreaId)> OrganisationAsync()
    {
        var organisation = await factory.DefaultOrganisationAsync();
        return (organisation.Id, organisation.ServiceAreas[0].Id);
    }

    private static Dictionary<string, string> Fields(string email, Guid organisationId, Guid areaId, string password, string confirm, string lineManager = "") => new()
    {
        ["GivenName"] = "Nia",
        ["FamilyName"] = "Pritchard",
        ["Email"] = email,
        ["JobTitle"] = "Clerk of works",
        ["OrganisationId"] = organisationId.ToString(),
        ["ServiceAreaId"] = areaId.ToString(),
        ["LineManagerEmail"] = lineManager,
        ["Password"] = password,
        ["ConfirmPassword"] = confirm,
    };
}
