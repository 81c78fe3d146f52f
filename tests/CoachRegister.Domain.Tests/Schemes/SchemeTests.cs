using CoachRegister.Domain.Common;
using CoachRegister.Domain.Schemes;

namespace CoachRegister.Domain.Tests.Schemes;

public class SchemeTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Opening_a_register_keeps_exactly_the_partners_named()
    {
        var scheme = new Scheme { Name = "Council", Code = "CO" };
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        scheme.OpenRegisterTo([a, b], null, At);
        var openedToA = scheme.RegisterOpenings.Single(o => o.PartnerSchemeId == a);
        scheme.OpenRegisterTo([a, c, c], null, At.AddDays(1));

        Assert.Equal(2, scheme.RegisterOpenings.Count);
        Assert.Equal(new HashSet<Guid> { a, c }, scheme.RegisterOpenings.Select(o => o.PartnerSchemeId).ToHashSet());
        Assert.Same(openedToA, scheme.RegisterOpenings.Single(o => o.PartnerSchemeId == a));
        Assert.Equal(At, openedToA.OpenedAt);
    }

    [Fact]
    public void A_scheme_cannot_open_its_register_to_itself()
    {
        var scheme = new Scheme { Name = "Council", Code = "CO" };

        Assert.Equal(Rule.RegisterOpenedToItself, Assert.Throws<RuleBrokenException>(() => scheme.OpenRegisterTo([scheme.Id], null, At)).Rule);
    }
}
