using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Infrastructure.Email;

/// <summary>The portal with e-mail settings of the test's choosing and, optionally, a clock the test controls.</summary>
public sealed class EmailPortalFactory(IDictionary<string, string?> settings, TimeProvider? time = null) : PortalFactory
{
    protected override IDictionary<string, string?> Settings => settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (time is not null)
        {
            builder.ConfigureTestServices(s => s.AddSingleton(time));
        }
    }
}
