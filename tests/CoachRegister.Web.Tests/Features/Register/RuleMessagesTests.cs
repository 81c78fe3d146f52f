using System.Globalization;
using CoachRegister.Domain.Common;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Tests.Features.Register;

/// <summary>Every broken rule is explained to people, in English and in Welsh.</summary>
public class RuleMessagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public void Every_rule_has_a_message_with_a_welsh_translation()
    {
        var t = factory.Services.GetRequiredService<IStringLocalizer<RegisterText>>();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var rule in Enum.GetValues<Rule>())
            {
                CultureInfo.CurrentUICulture = new CultureInfo("en-GB");
                var english = RuleMessages.For(rule, t);
                CultureInfo.CurrentUICulture = new CultureInfo("cy");
                var welsh = RuleMessages.For(rule, t);

                Assert.False(string.IsNullOrWhiteSpace(english), $"{rule} has no message.");
                Assert.NotEqual(english, welsh);
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
