using CoachRegister.Data.Identity;
using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Features.Join;

/// <summary>An applicant with a recorded line manager in a scheme that asks neither references nor practice details, and the posts of every page.</summary>
public sealed record JoinApplicant(FormClient Client, TestUser User, TestUser LineManager, Guid OrganisationId, Guid SchemeId, Guid AreaId)
{
    /// <summary>A start date that is never in the past.</summary>
    public static readonly string NextYear = (DateTime.UtcNow.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public const string Experience = "Twelve years leading a children's services team.";

    public static async Task<JoinApplicant> ArrangeAsync(PortalFactory factory)
    {
        var scheme = await factory.SchemeAsync(s => { s.RequiresReferences = false; s.RequiresPracticeDetails = false; });
        var organisation = await factory.OrganisationAsync(scheme.Id);
        var area = await factory.AreaAsync("Leadership skills");
        var manager = await factory.PersonAsync("Lena", "Manager", organisation.Id, null, Roles.Staff);
        var applicant = await factory.PersonAsync("Alex", "Applicant", organisation.Id, manager.PersonId, Roles.Staff);
        return new JoinApplicant(factory.ClientFor(applicant), applicant, manager, organisation.Id, scheme.Id, area.Id);
    }

    public async Task StartAsync() => await Client.SubmitFormAsync("/join", new Dictionary<string, string>());

    /// <summary>Answers every page, naming <paramref name="lineManagerEmail"/> on the start-date page (the recorded manager when null), and asserts each page moves on.</summary>
    public async Task FillEverythingAsync(string? lineManagerEmail = null)
    {
        await StartAsync();
        await PostAndExpectAsync("/join/offer", new() { ["Offers"] = "Coaching" }, "/join/experience");
        await PostAndExpectAsync("/join/experience", new() { ["ExperienceAndSkills"] = Experience, ["Motivation"] = "I want to help colleagues grow." }, "/join/areas");
        await PostAndExpectAsync("/join/areas", new() { ["AreaIds"] = AreaId.ToString() }, "/join/qualifications");
        await PostAndExpectAsync("/join/qualifications", new()
        {
            ["HoldsAccreditation"] = "false", ["Ilm3"] = "NotHeld", ["Ilm5"] = "Achieved", ["Ilm7"] = "NotHeld", ["Other"] = "NotHeld",
        }, "/join/start-date");
        await PostAndExpectAsync("/join/start-date", new()
        {
            ["StartDay"] = "1", ["StartMonth"] = "9", ["StartYear"] = NextYear, ["LineManagerEmail"] = lineManagerEmail ?? "",
        }, "/join/commitments");
        await PostAndExpectAsync("/join/commitments", new()
        {
            ["AgreesToExpectations"] = "true", ["ConfirmsCodeOfEthics"] = "true", ["ConfirmsSupervisionAndCpd"] = "true",
            ["ConfirmsLineManagerRelease"] = "true", ["ConfirmsDataProcessing"] = "true",
        }, "/join/check");
    }

    /// <summary>Fills every page and sends the application; asserts it went.</summary>
    public async Task SendAsync(string? lineManagerEmail = null)
    {
        await FillEverythingAsync(lineManagerEmail);
        var sent = await Client.SubmitFormAsync("/join/check", new Dictionary<string, string>());
        Assert.Equal("/join/sent", sent.Headers.Location?.ToString());
    }

    private async Task PostAndExpectAsync(string url, Dictionary<string, string> fields, string next)
    {
        var response = await Client.SubmitFormAsync(url, fields);
        Assert.True(response.Headers.Location?.ToString() == next,
            $"POST {url} gave {(int)response.StatusCode} {response.Headers.Location}, expected a redirect to {next}.\n{await response.Content.ReadAsStringAsync()}");
    }
}
