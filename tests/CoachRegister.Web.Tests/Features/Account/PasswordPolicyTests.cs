using CoachRegister.Data.Identity;
using CoachRegister.Domain.People;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Features.Account;

/// <summary>The rules every new password passes, checked through Identity's own pipeline as registration and reset use it.</summary>
public class PasswordPolicyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("elevenchars")]
    [InlineData("passwordpassword")]
    [InlineData("123456789012")]
    [InlineData("QwertyuiopAsdfgh")]
    [InlineData("Morwenna Tregarthen rows")]
    [InlineData("my address morwenna.t@example.test")]
    public async Task Refused(string password) => Assert.NotEmpty(await ErrorsAsync(password));

    [Theory]
    [InlineData("twelve chars")]
    [InlineData("alllowercaseletters")]
    [InlineData("1234 5678 9123 4567 91")]
    public async Task Accepted_without_any_composition_rule(string password) => Assert.Empty(await ErrorsAsync(password));

    [Theory]
    [InlineData(64)]
    [InlineData(128)]
    public async Task Long_passwords_are_accepted(int length) =>
        Assert.Empty(await ErrorsAsync(string.Concat(Enumerable.Repeat("river stone ", 20))[..length]));

    [Fact]
    public async Task A_password_of_129_characters_is_refused() =>
        Assert.Contains("Password must be 128 characters or fewer", await ErrorsAsync(new string('k', 129)));

    [Fact]
    public async Task Eleven_characters_are_refused_with_the_length_message() =>
        Assert.Equal(["Password must be 12 characters or more"], await ErrorsAsync("abcdefghijk"));

    [Fact]
    public async Task A_common_password_is_refused_with_its_own_message() =>
        Assert.Equal(["This password is too common. Choose a password that is harder to guess"], await ErrorsAsync("Password1234"));

    [Fact]
    public async Task The_change_password_form_applies_the_same_rules()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateFormClient();
        await client.SignInAsync(user);

        var common = await client.PostAndReadAsync("/account/change-password", new() { ["CurrentPassword"] = user.Password, ["NewPassword"] = "qwertyuiopasdfgh", ["ConfirmPassword"] = "qwertyuiopasdfgh" });
        var wrongCurrent = await client.PostAndReadAsync("/account/change-password", new() { ["CurrentPassword"] = "not my password at all", ["NewPassword"] = "Brand new words for me", ["ConfirmPassword"] = "Brand new words for me" });

        Assert.Equal(["This password is too common. Choose a password that is harder to guess"], common.AssertErrorSummary());
        Assert.Equal(["Your current password is incorrect"], wrongCurrent.AssertErrorSummary());
        var changed = await client.SubmitFormAsync("/account/change-password", new Dictionary<string, string> { ["CurrentPassword"] = user.Password, ["NewPassword"] = "Brand new words for me", ["ConfirmPassword"] = "Brand new words for me" }, AccountTestExtensions.MainForm);
        Assert.Equal("/account", changed.Headers.Location!.OriginalString);
    }

    private async Task<string[]> ErrorsAsync(string password)
    {
        string[] errors = [];
        await factory.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            var person = new Person { GivenName = "Morwenna", FamilyName = "Tregarthen", Email = "morwenna.t@example.test" };
            var user = new ApplicationUser { UserName = person.Email, Email = person.Email, Person = person, PersonId = person.Id };
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, user, password);
                errors = [.. errors, .. result.Errors.Select(e => e.Description)];
            }
        });
        return errors;
    }
}
