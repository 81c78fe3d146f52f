using AngleSharp.Html.Dom;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Features.Support;

/// <summary>
/// One application read by three people: each page is headed for its reader, and the menu marks the reader's own
/// task, not the applicant's "Join the register".
/// </summary>
public class SupportPageHeadingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private sealed record Arranged(FormClient Applicant, FormClient Manager, FormClient Hr, Guid ApplicationId);

    private async Task<Arranged> ArrangeAsync()
    {
        var scheme = await factory.SchemeAsync();
        var organisation = await factory.OrganisationAsync(scheme.Id);
        var manager = await factory.PersonAsync("Mali", "Manager", organisation.Id, null, Roles.Staff);
        var applicant = await factory.PersonAsync("Aled", "Applicant", organisation.Id, manager.PersonId, Roles.Staff);
        var hr = await factory.PersonAsync("Heledd", "Hr", null, null, Roles.HrAdmin);
        await factory.AdministerAsync(hr.PersonId, scheme.Id);
        var application = await factory.ApplicationAsync(applicant.PersonId, scheme.Id, manager.PersonId, ApplicationStatus.AwaitingLineManager);
        return new Arranged(factory.ClientFor(applicant), factory.ClientFor(manager), factory.ClientFor(hr), application.Id);
    }

    private static string? CurrentMenuItem(IHtmlDocument page) =>
        page.QuerySelector(".govuk-service-navigation__list a[aria-current=page]")?.TextContent.Trim();

    private static string Heading(IHtmlDocument page, string selector) => page.QuerySelector(selector)!.TextContent.Trim();

    [Fact]
    public async Task The_line_manager_is_asked_for_their_support_not_shown_their_application()
    {
        var a = await ArrangeAsync();

        var page = await a.Manager.GetPageAsync($"/join/support/{a.ApplicationId}");

        Assert.Equal("Support Aled Applicant's application", Heading(page, "h1"));
        Assert.Contains("The application", page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()));
        Assert.DoesNotContain("Your application", page.QuerySelector("main")!.TextContent);
        Assert.Null(CurrentMenuItem(page));
    }

    [Fact]
    public async Task Hr_reads_the_application_from_the_applicant_under_their_applications_menu()
    {
        var a = await ArrangeAsync();

        var page = await a.Hr.GetPageAsync($"/hr/applications/{a.ApplicationId}");

        Assert.Equal("Application from Aled Applicant", Heading(page, "h1"));
        Assert.DoesNotContain("Your application", page.QuerySelector("main")!.TextContent);
        Assert.Equal("Applications", CurrentMenuItem(page));
    }

    [Fact]
    public async Task The_applicant_reads_their_own_application_under_join_the_register()
    {
        var a = await ArrangeAsync();

        var page = await a.Applicant.GetPageAsync("/join/application");

        Assert.Contains("Your application", page.QuerySelector("main")!.TextContent);
        Assert.Equal("Join the register", CurrentMenuItem(page));
    }
}
