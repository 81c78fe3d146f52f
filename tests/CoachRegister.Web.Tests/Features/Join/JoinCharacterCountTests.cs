using CoachRegister.Web.Features.Join;
using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Features.Join;

/// <summary>The application form's long answers count their characters as GOV.UK's character count does, as the profile's do.</summary>
public class JoinCharacterCountTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/join/experience", "ExperienceAndSkills", ExperiencePage.MaxLength)]
    [InlineData("/join/experience", "Motivation", ExperiencePage.MaxLength)]
    [InlineData("/join/experience", "RecentSupportOfOthers", ExperiencePage.MaxLength)]
    [InlineData("/join/experience", "PreviousExperienceAndOutcomes", ExperiencePage.MaxLength)]
    [InlineData("/join/start-date", "DeclarationOfInterest", StartPage.MaxDeclarationLength)]
    public async Task A_long_text_field_has_a_character_count(string url, string field, int maxLength)
    {
        var applicant = await JoinApplicant.ArrangeAsync(factory);
        await applicant.StartAsync();

        var page = await applicant.Client.GetPageAsync(url);

        var textarea = page.QuerySelector($"textarea[name={field}]")!;
        var group = textarea.Closest(".govuk-character-count")!;
        Assert.NotNull(group);
        Assert.Equal("govuk-character-count", group.GetAttribute("data-module"));
        Assert.Equal(maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), group.GetAttribute("data-maxlength"));
        Assert.True(textarea.ClassList.Contains("govuk-js-character-count"));
        var info = page.GetElementById($"{field}-info")!;
        Assert.True(info.ClassList.Contains("govuk-character-count__message"));
        Assert.Contains($"{field}-info", textarea.GetAttribute("aria-describedby")!.Split(' '));
    }
}
