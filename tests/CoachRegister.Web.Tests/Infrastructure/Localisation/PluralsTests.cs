using System.Globalization;
using CoachRegister.Data.Identity;
using CoachRegister.Web.Features.Mail;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Localisation;
using CoachRegister.Web.Tests.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Tests.Infrastructure.Localisation;

/// <summary>Counted text takes the form its count needs in each language, from the portal's own resources.</summary>
public class PluralsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly CultureInfo English = new("en-GB");
    private static readonly CultureInfo Welsh = new("cy-GB");

    [Theory]
    [InlineData(0, PluralCategory.Zero)]
    [InlineData(1, PluralCategory.One)]
    [InlineData(2, PluralCategory.Two)]
    [InlineData(3, PluralCategory.Few)]
    [InlineData(4, PluralCategory.Other)]
    [InlineData(6, PluralCategory.Many)]
    [InlineData(11, PluralCategory.Other)]
    public void Welsh_counts_take_the_cldr_categories(int count, PluralCategory expected) =>
        Assert.Equal(expected, Plurals.CategoryOf(count, Welsh));

    [Theory]
    [InlineData(0, PluralCategory.Other)]
    [InlineData(1, PluralCategory.One)]
    [InlineData(2, PluralCategory.Other)]
    public void English_has_one_and_other(int count, PluralCategory expected) =>
        Assert.Equal(expected, Plurals.CategoryOf(count, English));

    [Theory]
    [InlineData("en-GB", 1, "1 message waiting.")]
    [InlineData("en-GB", 2, "2 messages waiting.")]
    [InlineData("cy-GB", 1, "1 neges yn aros.")]
    [InlineData("cy-GB", 5, "5 neges yn aros.")]
    public void The_mail_queue_counts_in_either_language(string culture, int count, string expected) =>
        Assert.Equal(expected, In(culture, () => Text<MailText>().Plural(count, "{0} message waiting.", "{0} messages waiting.")));

    [Theory]
    [InlineData(0, "dim proffiliau wedi'u creu")]
    [InlineData(1, "1 proffil wedi'i greu")]
    [InlineData(2, "2 broffil wedi'u creu")]
    [InlineData(3, "3 phroffil wedi'u creu")]
    [InlineData(4, "4 proffil wedi'u creu")]
    public void A_welsh_translation_may_give_a_form_for_each_category(int count, string expected) =>
        Assert.Equal(expected, In("cy-GB", () => Text<RegisterText>().Plural(count, "{0} profile created", "{0} profiles created")));

    [Fact]
    public async Task The_mail_page_says_one_message_not_one_messages()
    {
        // A portal of its own, so the queue holds exactly the one message this test sends.
        using var portal = new OutboxPortalFactory();
        await portal.QueueAndSaveAsync("one@example.org", EmailTestData.UniqueSubject("Only one"));
        var admin = portal.ClientFor(await portal.CreateUserAsync(Roles.SystemAdmin));

        var page = await admin.GetPageAsync("/admin/mail");

        Assert.Equal("1 message waiting.", page.QuerySelector("#queue-counts")!.TextContent.Trim());
    }

    private IStringLocalizer Text<T>() => factory.Services.GetRequiredService<IStringLocalizer<T>>();

    private static string In(string culture, Func<string> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
