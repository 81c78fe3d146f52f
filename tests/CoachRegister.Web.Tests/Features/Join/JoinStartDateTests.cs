using System.Net;
using AngleSharp.Dom;
using CoachRegister.Data.Identity;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.Join;

public class JoinStartDateTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string NameOnPage(IDocument page) => page.QuerySelector("#named-line-manager")!.TextContent;

    [Fact]
    public async Task A_start_date_in_the_past_is_refused_with_a_message_and_nothing_is_saved()
    {
        var applicant = await JoinApplicant.ArrangeAsync(factory);
        await applicant.StartAsync();
        var yesterday = DateTime.UtcNow.AddDays(-1);

        var response = await applicant.Client.SubmitFormAsync("/join/start-date", new Dictionary<string, string>
        {
            ["StartDay"] = yesterday.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["StartMonth"] = yesterday.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["StartYear"] = yesterday.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DeclarationOfInterest"] = "None.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Equal("Proposed start date must be today or in the future", page.QuerySelector(".govuk-error-summary a[href='#StartDay']")?.TextContent.Trim());
        var saved = await factory.WithDbAsync(db => db.CoachApplications.Where(a => a.ApplicantId == applicant.User.PersonId)
            .Select(a => new { a.ProposedStartDate, a.DeclarationOfInterest }).SingleAsync());
        Assert.Null(saved.ProposedStartDate);
        Assert.Null(saved.DeclarationOfInterest);
    }

    [Fact]
    public async Task Naming_yourself_as_line_manager_says_so_and_keeps_the_recorded_manager()
    {
        var applicant = await JoinApplicant.ArrangeAsync(factory);
        await applicant.StartAsync();

        var response = await applicant.Client.SubmitFormAsync("/join/start-date", new Dictionary<string, string>
        {
            ["StartDay"] = "1", ["StartMonth"] = "9", ["StartYear"] = JoinApplicant.NextYear, ["LineManagerEmail"] = applicant.User.Email,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Equal("You cannot name yourself as the line manager who supports your application",
            page.QuerySelector(".govuk-error-summary a[href='#LineManagerEmail']")?.TextContent.Trim());
        Assert.DoesNotContain("No one on the register has that e-mail address", page.Body!.TextContent);
        var saved = await factory.WithDbAsync(db => db.CoachApplications.Where(a => a.ApplicantId == applicant.User.PersonId)
            .Select(a => new { a.LineManagerId, a.ProposedStartDate }).SingleAsync());
        Assert.Equal(applicant.LineManager.PersonId, saved.LineManagerId);
        Assert.Null(saved.ProposedStartDate);
    }

    [Fact]
    public async Task After_changing_the_line_manager_the_page_and_the_check_page_name_the_new_one()
    {
        var applicant = await JoinApplicant.ArrangeAsync(factory);
        var first = await factory.PersonAsync("Olwen", "Otherone", applicant.OrganisationId, null, Roles.Staff);
        var second = await factory.PersonAsync("Tomos", "Thirdone", applicant.OrganisationId, null, Roles.Staff);
        await applicant.FillEverythingAsync(first.Email);

        var named = await applicant.Client.GetPageAsync("/join/start-date");
        Assert.Contains("Olwen Otherone", NameOnPage(named));
        Assert.DoesNotContain("Lena Manager", NameOnPage(named));
        Assert.Contains("Olwen Otherone", (await applicant.Client.GetPageAsync("/join/check")).Body!.TextContent);

        var changed = await applicant.Client.SubmitFormAsync(named, "/join/start-date", new Dictionary<string, string> { ["LineManagerEmail"] = second.Email });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var again = await applicant.Client.GetPageAsync("/join/start-date");
        Assert.Contains("Tomos Thirdone", NameOnPage(again));
        Assert.DoesNotContain("Olwen Otherone", again.Body!.TextContent);
        Assert.Equal(second.Email, again.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=LineManagerEmail]")!.Value);
        var check = (await applicant.Client.GetPageAsync("/join/check")).Body!.TextContent;
        Assert.Contains("Tomos Thirdone", check);
        Assert.DoesNotContain("Olwen Otherone", check);
        Assert.Equal(second.PersonId, await factory.WithDbAsync(db => db.CoachApplications.Where(a => a.ApplicantId == applicant.User.PersonId).Select(a => a.LineManagerId).SingleAsync()));
    }
}
