using System.Globalization;
using CoachRegister.Domain.Common;
using CoachRegister.Web.Features.Matching;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Features.Relationships;
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
        var matching = factory.Services.GetRequiredService<IStringLocalizer<MatchingText>>();
        var coaching = factory.Services.GetRequiredService<IStringLocalizer<CoachingText>>();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var rule in Enum.GetValues<Rule>())
            {
                // The register's, matching's and coaching's rules each have their own table of messages.
                string For()
                {
                    try
                    {
                        return RuleMessages.For(rule, t);
                    }
                    catch (ArgumentOutOfRangeException)
                    {
                        try
                        {
                            return MatchingMessages.For(rule, matching);
                        }
                        catch (ArgumentOutOfRangeException)
                        {
                            return CoachingRuleMessages.For(rule, coaching);
                        }
                    }
                }

                CultureInfo.CurrentUICulture = new CultureInfo("en-GB");
                var english = For();
                CultureInfo.CurrentUICulture = new CultureInfo("cy");
                var welsh = For();

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
