using AngleSharp.Dom;
using CoachRegister.Web.Tests.Features.Account;
using CoachRegister.Web.Tests.Features.Join;

namespace CoachRegister.Web.Tests.Infrastructure.Forms;

/// <summary>
/// GOV.UK lists the errors of the summary in the order of the form's fields. ModelState holds its keys in
/// alphabetical order, so these posts make errors whose alphabetical order differs from the page's.
/// </summary>
public class ErrorSummaryOrderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string Long = new('x', 4001);

    /// <summary>The ids the summary links to (at least <paramref name="fieldsInError"/> fields), asserted to come in the order of the fields in the page's form.</summary>
    private static void AssertInFieldOrder(IDocument page, int fieldsInError)
    {
        var targets = page.QuerySelectorAll(".govuk-error-summary a")
            .Select(a => a.GetAttribute("href")!)
            .ToList();
        var fields = page.QuerySelectorAll("main form[method=post] input, main form[method=post] textarea, main form[method=post] select")
            .Where(f => f.GetAttribute("type") != "hidden")
            .Select(f => f.Id)
            .ToList();

        Assert.True(targets.Distinct().Count() >= fieldsInError, $"Expected errors on at least {fieldsInError} fields: {string.Join(", ", targets)}");
        Assert.All(targets, t => Assert.StartsWith("#", t, StringComparison.Ordinal));
        var positions = targets.Select(t => fields.IndexOf(t[1..])).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.True(positions.SequenceEqual(positions.Order()), $"The summary links {string.Join(", ", targets)} are not in the order of the fields {string.Join(", ", fields)}.");
    }

    [Fact]
    public async Task The_registration_form_posted_empty_lists_its_errors_in_field_order()
    {
        var client = factory.CreateFormClient();

        var response = await client.SubmitFormAsync("/account/register", new Dictionary<string, string>
        {
            ["GivenName"] = "", ["FamilyName"] = "", ["Email"] = "", ["JobTitle"] = "", ["OrganisationId"] = "", ["ServiceAreaId"] = "",
            ["LineManagerEmail"] = "not an address", ["Password"] = "", ["ConfirmPassword"] = "something else",
        }, AccountTestExtensions.MainForm);

        AssertInFieldOrder(await FormClient.ParseAsync(response), 8);
    }

    [Fact]
    public async Task The_experience_page_lists_its_errors_in_field_order()
    {
        var applicant = await JoinApplicant.ArrangeAsync(factory);
        await applicant.StartAsync();

        var response = await applicant.Client.SubmitFormAsync("/join/experience", new Dictionary<string, string>
        {
            ["ExperienceAndSkills"] = "", ["Motivation"] = "", ["RecentSupportOfOthers"] = Long, ["PreviousExperienceAndOutcomes"] = Long,
        });

        AssertInFieldOrder(await FormClient.ParseAsync(response), 4);
    }

    [Fact]
    public async Task The_commitments_page_posted_empty_lists_its_errors_in_field_order()
    {
        var applicant = await JoinApplicant.ArrangeAsync(factory);
        await applicant.StartAsync();

        var response = await applicant.Client.SubmitFormAsync("/join/commitments", new Dictionary<string, string>());

        AssertInFieldOrder(await FormClient.ParseAsync(response), 5);
    }
}
