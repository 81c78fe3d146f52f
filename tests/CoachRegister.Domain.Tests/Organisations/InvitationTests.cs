using CoachRegister.Domain.Common;
using CoachRegister.Domain.Organisations;

namespace CoachRegister.Domain.Tests.Organisations;

public class InvitationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Only_the_hash_of_the_links_secret_is_kept()
    {
        var (invitation, token) = Invitation.Create(" guest@elsewhere.example ", Guid.NewGuid(), Guid.NewGuid(), Now);

        Assert.Equal("guest@elsewhere.example", invitation.Email);
        Assert.NotEqual(token, invitation.TokenHash);
        Assert.Equal(Invitation.Hash(token), invitation.TokenHash);
        Assert.Equal(64, token.Length);
    }

    [Fact]
    public void It_is_open_for_its_own_address_until_it_expires()
    {
        var (invitation, _) = Invitation.Create("guest@elsewhere.example", Guid.NewGuid(), Guid.NewGuid(), Now);

        Assert.True(invitation.IsOpenFor("Guest@Elsewhere.example", Now));
        Assert.True(invitation.IsOpenFor("guest@elsewhere.example", Now + Invitation.Lifetime - TimeSpan.FromSeconds(1)));
        Assert.False(invitation.IsOpenFor("guest@elsewhere.example", Now + Invitation.Lifetime));
        Assert.False(invitation.IsOpenFor("someone.else@elsewhere.example", Now));
    }

    [Fact]
    public void It_works_once()
    {
        var (invitation, _) = Invitation.Create("guest@elsewhere.example", Guid.NewGuid(), Guid.NewGuid(), Now);

        invitation.Accept("guest@elsewhere.example", Now);

        Assert.Equal(Now, invitation.AcceptedAt);
        Assert.False(invitation.IsOpenFor("guest@elsewhere.example", Now));
        Assert.Equal(Rule.InvitationNotOpen, Assert.Throws<RuleBrokenException>(() => invitation.Accept("guest@elsewhere.example", Now)).Rule);
    }
}
