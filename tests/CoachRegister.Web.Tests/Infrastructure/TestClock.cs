namespace CoachRegister.Web.Tests.Infrastructure;

/// <summary>Real time moved by <see cref="Offset"/>: the portal, its cookies and Identity all read it.</summary>
public sealed class TestClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
