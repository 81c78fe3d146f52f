using System.Data.Common;
using System.Diagnostics;
using AngleSharp.Dom;
using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Web.Features.CoachDirectory;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Features.CoachDirectory;

/// <summary>What reading the in-memory directory does to the rest of the portal, and what a page read from it may show.</summary>
public sealed class DirectoryProjectionReadTests
{
    /// <summary>Holds the projection's read of the profiles' areas until the test lets it go.</summary>
    private sealed class LoadGate : DbCommandInterceptor
    {
        private int _armed;

        public TaskCompletionSource Paused { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Arm() => Volatile.Write(ref _armed, 1);

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("FROM \"CoachProfileAreas\"", StringComparison.Ordinal)
                && !command.CommandText.Contains("\"People\"", StringComparison.Ordinal)
                && Interlocked.Exchange(ref _armed, 0) == 1)
            {
                Paused.TrySetResult();
                await Released.Task;
            }

            return result;
        }
    }

    private sealed class GatedFactory : PortalFactory
    {
        public LoadGate Gate { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(Gate)));
        }
    }

    /// <summary>
    /// The projection is read in one transaction. On SQLite that transaction must be a reader's (a deferred BEGIN,
    /// a snapshot in WAL): a BEGIN IMMEDIATE holds the write lock for the whole load, and every save of the portal
    /// waits for it.
    /// </summary>
    [Fact]
    public async Task A_save_does_not_wait_for_the_projection_being_read()
    {
        await using var factory = new GatedFactory { AddedSettings = [new("Directory:ProjectedProfilesLimit", "1000")] };
        var scheme = await factory.SchemeAsync();
        var org = await factory.OrganisationAsync(scheme.Id);
        var ada = await factory.ProfileAsync((await factory.PersonAsync("Ada", "Able", org.Id)).PersonId, scheme.Id);
        var projections = factory.Services.GetRequiredService<DirectoryProjections>();

        factory.Gate.Arm();
        var loading = projections.LoadNowAsync();
        await factory.Gate.Paused.Task.WaitAsync(TimeSpan.FromSeconds(20));
        var release = Task.Delay(TimeSpan.FromSeconds(3)).ContinueWith(_ => factory.Gate.Released.TrySetResult(), TaskScheduler.Default);
        var watch = Stopwatch.StartNew();
        try
        {
            await factory.WithDbAsync(async db =>
            {
                (await db.CoachProfiles.SingleAsync(p => p.Id == ada.Id)).Bio = "Changed while the directory was read.";
                await db.SaveChangesAsync();
            });
        }
        finally
        {
            watch.Stop();
            factory.Gate.Released.TrySetResult();
            await release;
        }

        Assert.NotNull(await loading);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"the save waited {watch.Elapsed.TotalSeconds:0.0} s for the projection's read transaction");
    }

    private static List<string> Names(IDocument page) =>
        page.QuerySelectorAll("#results h2 a").Select(a => a.TextContent.Trim()).ToList();

    /// <summary>
    /// A change saved on another server (this one learns of it at its next version check): the page's rows are read
    /// as they are now, under the same status and scheme rule as the database's query, so a profile paused since the
    /// projection was read is not listed.
    /// </summary>
    [Fact]
    public async Task A_search_at_a_version_this_server_still_trusts_does_not_list_a_profile_paused_since()
    {
        await using var factory = new PortalFactory { AddedSettings = [new("Directory:ProjectedProfilesLimit", "1000")] };
        var scheme = await factory.SchemeAsync();
        var org = await factory.OrganisationAsync(scheme.Id);
        var staff = await factory.PersonAsync("Sam", "Staff", org.Id, null, Roles.Staff);
        var ada = await factory.ProfileAsync((await factory.PersonAsync("Ada", "Able", org.Id)).PersonId, scheme.Id, p => p.Bio = "Leadership.");
        await factory.ProfileAsync((await factory.PersonAsync("Bryn", "Baker", org.Id)).PersonId, scheme.Id, p => p.Bio = "Leadership.");
        var client = factory.ClientFor(staff);
        Assert.NotNull(await factory.Services.GetRequiredService<DirectoryProjections>().LoadNowAsync());
        // The server reads the version now and then trusts it (the test clock does not move).
        Assert.Equal(["Ada Able", "Bryn Baker"], Names(await client.GetPageAsync($"/coaches?organisation={org.Id}")));

        // Another server: its own context, so this server's cache is not told.
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={factory.DatabasePath}").Options;
        await using (var other = new AppDbContext(options))
        {
            (await other.CoachProfiles.SingleAsync(p => p.Id == ada.Id)).Pause("Withdrawn", null, DateTimeOffset.UtcNow);
            await other.SaveChangesAsync();
        }

        // A search not asked before at this version: the database would not list Ada.
        var names = Names(await client.GetPageAsync($"/coaches?organisation={org.Id}&q=leadership"));

        Assert.Equal(["Bryn Baker"], names);
    }
}
