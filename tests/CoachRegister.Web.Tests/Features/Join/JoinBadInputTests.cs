using System.Net;
using AngleSharp.Dom;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.Join;

/// <summary>Every page of the application form, posted empty, over-long, with the wrong types and with script.</summary>
public class JoinBadInputTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Script = "<script>alert(1)</script>";
    private static readonly string Long = new('x', 4001);

    public static TheoryData<string, Dictionary<string, string>, string> BadPosts() => new()
    {
        { "/join/offer", new() { ["Offers"] = "", ["SchemeId"] = "" }, "Offers" },
        { "/join/offer", new() { ["Offers"] = Script, ["SchemeId"] = "not-a-guid" }, "Offers" },
        { "/join/experience", new() { ["ExperienceAndSkills"] = "", ["Motivation"] = "" }, "ExperienceAndSkills" },
        { "/join/experience", new() { ["ExperienceAndSkills"] = Long, ["Motivation"] = Script, ["RecentSupportOfOthers"] = Long }, "ExperienceAndSkills" },
        { "/join/areas", new() { ["AreaIds"] = "" }, "AreaIds" },
        { "/join/areas", new() { ["AreaIds"] = Guid.NewGuid().ToString() }, "AreaIds" },
        { "/join/qualifications", new() { ["HoldsAccreditation"] = "", ["Ilm3"] = "", ["Ilm5"] = "", ["Ilm7"] = "", ["Other"] = "" }, "HoldsAccreditation" },
        { "/join/qualifications", new() { ["HoldsAccreditation"] = "true", ["Accreditation"] = "Pigeon", ["Ilm3"] = Script, ["Ilm5"] = "NotHeld", ["Ilm7"] = "NotHeld", ["Other"] = "Achieved", ["OtherTitle"] = new string('q', 201) }, "OtherTitle" },
        { "/join/references", new() { ["Reference1.Name"] = "", ["Reference2.Name"] = "" }, "Reference1.Name" },
        { "/join/references", new() { ["Reference1.Name"] = Script, ["Reference1.Email"] = "not an e-mail", ["Reference2.Name"] = Long, ["Reference2.Telephone"] = Long }, "Reference1.Email" },
        { "/join/practice", new() { ["ClaimAs"] = "", ["IsSelfEmployed"] = "" }, "ClaimAs" },
        { "/join/practice", new() { ["ClaimAs"] = "Practice", ["PracticeName"] = Script, ["PracticeCode"] = new string('c', 21), ["IsSelfEmployed"] = "true", ["PracticeManagerEmail"] = "nope" }, "PracticeCode" },
        { "/join/start-date", new() { ["StartDay"] = "31", ["StartMonth"] = "2", ["StartYear"] = "2026", ["LineManagerEmail"] = "" }, "StartDay" },
        { "/join/start-date", new() { ["StartDay"] = "x", ["LineManagerEmail"] = Script, ["DeclarationOfInterest"] = Long }, "LineManagerEmail" },
        { "/join/commitments", new() { ["AgreesToExpectations"] = "", ["ConfirmsCodeOfEthics"] = "maybe" }, "AgreesToExpectations" },
    };

    [Theory]
    [MemberData(nameof(BadPosts))]
    public async Task Bad_input_gives_an_error_summary_and_never_echoes_script_unencoded(string url, Dictionary<string, string> fields, string invalidField)
    {
        var scheme = await factory.SchemeAsync(s => { s.RequiresReferences = true; s.RequiresPracticeDetails = true; });
        var organisation = await factory.OrganisationAsync(scheme.Id);
        // The areas page offers one checkbox per area: without an area it has no field to link the error to.
        await factory.AreaAsync("Leadership skills");
        var user = await factory.PersonAsync("Bad", "Input", organisation.Id, null, Roles.Staff);
        var client = factory.ClientFor(user);
        await client.SubmitFormAsync("/join", new Dictionary<string, string>());

        var response = await client.SubmitFormAsync(url, fields);
        var html = await response.Content.ReadAsStringAsync();
        var page = await FormClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector($".govuk-error-summary a[href='#{invalidField.Replace('.', '_')}']"));
        Assert.NotNull(page.QuerySelector($"#{invalidField.Replace('.', '_')}"));
        Assert.DoesNotContain(Script, html);
    }

    [Fact]
    public async Task The_line_manager_response_rejects_bad_input_without_a_server_error()
    {
        var scheme = await factory.SchemeAsync();
        var manager = await factory.PersonAsync("Lee", "Manager");
        var applicant = await factory.PersonAsync("App", "Licant", null, manager.PersonId);
        var application = await factory.ApplicationAsync(applicant.PersonId, scheme.Id, manager.PersonId, ApplicationStatus.AwaitingLineManager);
        var client = factory.ClientFor(manager);
        var url = $"/join/support/{application.Id}";

        foreach (var fields in new Dictionary<string, string>[]
                 {
                     new() { ["Supports"] = "" },
                     new() { ["Supports"] = Script, ["Comment"] = Script },
                     new() { ["Supports"] = "false", ["Comment"] = new string('c', 2001) },
                 })
        {
            var response = await client.SubmitFormAsync(url, fields);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotNull((await FormClient.ParseAsync(response)).QuerySelector(".govuk-error-summary"));
            Assert.DoesNotContain(Script, await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(ApplicationStatus.AwaitingLineManager, await factory.WithDbAsync(db => db.CoachApplications.Where(a => a.Id == application.Id).Select(a => a.Status).SingleAsync()));
    }
}
