using Microsoft.AspNetCore.Mvc.Testing;

namespace CoachRegister.Web.Tests.Infrastructure;

public static class PortalFactoryExtensions
{
    /// <summary>A client that keeps cookies and does not follow redirects, so tests can assert them.</summary>
    public static FormClient CreateFormClient(this PortalFactory factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri("https://localhost"),
        }));
}
