using CoachRegister.Data.Identity;
using CoachRegister.Data.Outbox;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Tests.Infrastructure;
using CoachRegister.Web.Tests.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Tests.Features.Home;

/// <summary>
/// The dispatcher is off: the figures count every unsent message and every application awaiting a decision, so
/// nothing may change either between the test's count and the page it compares it with.
/// </summary>
public class HomeDashboardTests(OutboxPortalFactory factory) : IClassFixture<OutboxPortalFactory>
{
    [Fact]
    public async Task An_anonymous_visitor_is_invited_to_sign_in_and_sees_no_ones_records()
    {
        var page = await factory.CreateFormClient().GetPageAsync("/");

        Assert.Equal("/account/sign-in", page.QuerySelector("main a.govuk-button--start")?.GetAttribute("href"));
        Assert.DoesNotContain("Hello", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coachee_sees_their_own_coach_and_another_member_of_staff_does_not()
    {
        var coach = await factory.CreateUserAsync(Roles.Staff, Roles.Coach);
        var coachee = await factory.CreateUserAsync(Roles.Staff);
        var stranger = await factory.CreateUserAsync(Roles.Staff);
        var coachName = await CreateActiveMatchAsync(coach, coachee);

        var coacheePage = await SignedInPageAsync(coachee);
        var strangerPage = await SignedInPageAsync(stranger);

        Assert.Contains(coachName, coacheePage.QuerySelector("table.govuk-table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Active", coacheePage.QuerySelector("table.govuk-table")!.TextContent, StringComparison.Ordinal);
        Assert.Null(strangerPage.QuerySelector("table.govuk-table"));
        Assert.DoesNotContain(coachName, strangerPage.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coach_sees_places_used_against_capacity()
    {
        var coach = await factory.CreateUserAsync(Roles.Staff, Roles.Coach);
        await CreateActiveMatchAsync(coach, await factory.CreateUserAsync(Roles.Staff));

        var page = await SignedInPageAsync(coach);

        Assert.Equal("1 of 3 places used", page.QuerySelector("[data-figure=places]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_coach_with_one_place_reads_place_not_places()
    {
        var coach = await factory.CreateUserAsync(Roles.Staff, Roles.Coach);
        await CreateActiveMatchAsync(coach, await factory.CreateUserAsync(Roles.Staff));
        await factory.WithDbAsync(db => db.CoachProfiles.Where(p => p.PersonId == coach.PersonId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Capacity, 1)));

        var page = await SignedInPageAsync(coach);

        Assert.Equal("1 of 1 place used", page.QuerySelector("[data-figure=places]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_line_manager_sees_the_applications_waiting_for_their_support_and_only_theirs()
    {
        var manager = await factory.CreateUserAsync(Roles.Staff);
        var otherManager = await factory.CreateUserAsync(Roles.Staff);
        var applicant = await factory.CreateUserAsync(Roles.Staff);
        var scheme = (await factory.DefaultOrganisationAsync()).SchemeId;
        var applicationId = await factory.WithDbAsync(async db =>
        {
            var application = new CoachApplication
            {
                ApplicantId = applicant.PersonId,
                SchemeId = scheme,
                LineManagerId = manager.PersonId,
                Status = ApplicationStatus.AwaitingLineManager,
                CreatedAt = DateTimeOffset.UtcNow,
                SubmittedAt = DateTimeOffset.UtcNow,
            };
            db.CoachApplications.Add(application);
            await db.SaveChangesAsync();
            return application.Id;
        });

        var managerPage = await SignedInPageAsync(manager);
        var otherPage = await SignedInPageAsync(otherManager);

        var waiting = managerPage.QuerySelector("#awaiting-my-support")!;
        Assert.NotNull(waiting.QuerySelector($"a[href='/join/support/{applicationId}']"));
        Assert.Contains("1 person you manage has asked you to support their application", waiting.TextContent);
        // First on the page: the applicant is waiting for this answer.
        Assert.Same(waiting, managerPage.QuerySelector(".govuk-grid-column-two-thirds")!.FirstElementChild);
        Assert.Null(otherPage.QuerySelector($"a[href='/join/support/{applicationId}']"));
    }

    [Fact]
    public async Task Hr_sees_the_decision_queue_of_their_scheme_only_and_a_system_admin_sees_the_mail_queue()
    {
        var hr = await factory.CreateUserAsync(Roles.HrAdmin);
        var schemeId = (await factory.DefaultOrganisationAsync()).SchemeId;
        await factory.AdministerAsync(hr.PersonId, schemeId);
        var admin = await factory.CreateUserAsync(Roles.SystemAdmin);
        var applicant = await factory.CreateUserAsync(Roles.Staff);
        await factory.ApplicationAsync(applicant.PersonId, schemeId, null, ApplicationStatus.AwaitingDecision);
        await factory.ApplicationAsync(applicant.PersonId, (await factory.SchemeAsync()).Id, null, ApplicationStatus.AwaitingDecision);
        var (awaiting, unsent) = await factory.WithDbAsync(async db =>
        {
            db.OutboxMessages.Add(new OutboxMessage
            {
                To = "someone@example.test",
                Subject = "Queued",
                HtmlBody = "<p>x</p>",
                TextBody = "x",
                CreatedAt = DateTimeOffset.UtcNow,
                NextAttemptAt = DateTimeOffset.UtcNow.AddDays(1),
                Attempts = 1,
            });
            await db.SaveChangesAsync();
            return (await db.CoachApplications.CountAsync(a => a.Status == ApplicationStatus.AwaitingDecision && a.SchemeId == schemeId),
                await db.OutboxMessages.CountAsync(m => m.SentAt == null));
        });

        var hrPage = await SignedInPageAsync(hr);
        var adminPage = await SignedInPageAsync(admin);

        Assert.True(awaiting > 0 && unsent > 0, $"{awaiting} awaiting a decision, {unsent} unsent: the figures would prove nothing.");
        Assert.Equal(awaiting.ToString(System.Globalization.CultureInfo.InvariantCulture), hrPage.QuerySelector("[data-figure=awaiting-decision]")!.TextContent);
        Assert.Null(hrPage.QuerySelector("[data-figure=unsent]"));
        Assert.Equal(unsent.ToString(System.Globalization.CultureInfo.InvariantCulture), adminPage.QuerySelector("[data-figure=unsent]")!.TextContent);
        Assert.Null(adminPage.QuerySelector("[data-figure=awaiting-decision]"));
    }

    private Task<AngleSharp.Html.Dom.IHtmlDocument> SignedInPageAsync(TestUser user) => factory.ClientFor(user).GetPageAsync("/");

    private async Task<string> CreateActiveMatchAsync(TestUser coach, TestUser coachee)
    {
        var scheme = (await factory.DefaultOrganisationAsync()).SchemeId;
        return await factory.WithDbAsync(async db =>
        {
            var person = await db.People.SingleAsync(p => p.Id == coach.PersonId);
            var profile = await db.CoachProfiles.SingleOrDefaultAsync(p => p.PersonId == coach.PersonId);
            if (profile is null)
            {
                profile = new CoachProfile
                {
                    PersonId = coach.PersonId,
                    SchemeId = scheme,
                    Offers = OfferType.Coaching,
                    Status = ProfileStatus.Published,
                    Capacity = 3,
                };
                db.CoachProfiles.Add(profile);
            }

            db.Matches.Add(new Match
            {
                CoachProfileId = profile.Id,
                CoacheeId = coachee.PersonId,
                Kind = OfferType.Coaching,
                Status = MatchStatus.Active,
                CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
            return person.FullName;
        });
    }
}
