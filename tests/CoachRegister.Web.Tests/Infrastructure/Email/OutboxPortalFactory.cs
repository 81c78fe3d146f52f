namespace CoachRegister.Web.Tests.Infrastructure.Email;

/// <summary>The portal with the background dispatcher off, so tests see the outbox exactly as it was queued.</summary>
public sealed class OutboxPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:DispatcherEnabled"] = "false",
    };
}
