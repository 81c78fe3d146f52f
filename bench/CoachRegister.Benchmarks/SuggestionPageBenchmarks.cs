using BenchmarkDotNet.Attributes;
using CoachRegister.Data;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.HrMatching;
using CoachRegister.Web.Features.Matching;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Benchmarks;

/// <summary>
/// The database part of HR's suggestion page for one request (<c>HrMatchingController.Details</c>, through its
/// <see cref="SuggestionPageReader"/>) on a seeded SQLite file of 5,000 coaches among 20,000 people: the request
/// with its scheme and matches, the request read back, the facts matching needs and every coach who may be
/// eligible, the ranking, then the names of the first page of suggestions and the request's proposals. The
/// baseline is a plain <c>COUNT(*)</c> of the profiles.
/// </summary>
[MemoryDiagnoser]
public class SuggestionPageBenchmarks
{
    public const int Coaches = 5_000;
    public const int People = 20_000;

    private ServiceProvider _services = null!;
    private IServiceScope _scope = null!;
    private AppDbContext _db = null!;
    private MatchingFacts _facts = null!;
    private SuggestionPageReader _pages = null!;
    private Asker _hr = null!;
    private Guid _requestId;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var path = await DatabasePathAsync();
        _services = RegisterSeed.Services(path);
        _scope = _services.CreateScope();
        _db = _scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await _db.Database.OpenConnectionAsync();
        _facts = new MatchingFacts(_db);
        _pages = new SuggestionPageReader(_db, new RequestReader(_db), _facts);
        (_hr, _requestId) = await RequestAndHrAsync(_db);
        var eligible = (await _facts.SuggestionsAsync(_requestId, (await _db.Schemes.SingleAsync()).Matching.Rules, default))!.Value.Suggestions.Ranked.Count;
        if (eligible < 100)
        {
            throw new InvalidOperationException($"Only {eligible} coaches are eligible: the seed does not measure a full register.");
        }

        Console.WriteLine($"// {eligible} of {Coaches} coaches eligible for the request.");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _scope.Dispose();
        _services.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<int> CountProfiles() =>
        _db.Database.SqlQueryRaw<int>("""SELECT COUNT(*) AS "Value" FROM "CoachProfiles" """).SingleAsync();

    /// <summary>What <c>HrMatchingController.Details</c> reads and computes, through the page's own reader; the number of rows it shows.</summary>
    [Benchmark]
    public Task<int> SuggestionPage() => PageAsync(_pages, _hr, _requestId);

    /// <summary>The suggestion page's database work and ranking for one request, as the controller asks for it.</summary>
    public static async Task<int> PageAsync(SuggestionPageReader pages, Asker hr, Guid requestId)
    {
        var request = (await pages.SupportedAsync(hr, requestId, tracked: false, default))!;
        var page = await pages.ReadAsync(request, withSuggestions: true, page: 1, default);
        return page.Shown.Count + page.EligibleCount + page.Names.Count + page.Matches.Count + page.Summary.Areas.Count;
    }

    /// <summary>The seeded request and the scheme's HR administrator, who may act on it.</summary>
    public static async Task<(Asker Hr, Guid RequestId)> RequestAndHrAsync(AppDbContext db)
    {
        var hr = await db.People.Where(p => p.Email == RegisterSeed.HrEmail).Select(p => p.Id).SingleAsync();
        var schemeId = await db.Schemes.Select(s => s.Id).SingleAsync();
        var requestId = await db.MatchRequests.Select(r => r.Id).SingleAsync();
        return (new Asker(hr, null, new HashSet<Guid>(), new HashSet<Guid> { schemeId }, IsSystemAdmin: false), requestId);
    }

    /// <summary>The seeded database, kept between runs (<see cref="RegisterSeed.CachedAsync"/>).</summary>
    public static Task<string> DatabasePathAsync() =>
        RegisterSeed.CachedAsync($"suggestions-{Coaches}-{People}", async path =>
        {
            await RegisterSeed.SeedAsync(path, Coaches, People);
            await AddRequestAsync(path);
        });

    /// <summary>
    /// One supported request for coaching from the seeded member of staff, through the domain's own steps: two
    /// areas, video or telephone, two named coaches, and a line manager above them in a reporting line of three.
    /// </summary>
    private static async Task AddRequestAsync(string path)
    {
        await using var provider = RegisterSeed.Services(path);
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var staff = await db.People.SingleAsync(p => p.Email == RegisterSeed.StaffEmail);
        var scheme = await db.Schemes.SingleAsync();
        var director = new Person { GivenName = "Bench", FamilyName = "Director", Email = "bench.director@example.org", OrganisationId = staff.OrganisationId, CreatedAt = DateTimeOffset.UtcNow };
        var manager = new Person { GivenName = "Bench", FamilyName = "Manager", Email = "bench.manager@example.org", OrganisationId = staff.OrganisationId, LineManagerId = director.Id, CreatedAt = DateTimeOffset.UtcNow };
        db.People.AddRange(director, manager);
        staff.LineManagerId = manager.Id;
        var areas = await db.CoachingAreas.Where(a => a.Name == "Managing change" || a.Name == "Team development").ToListAsync();
        var named = await db.CoachProfiles.Where(p => p.Status == ProfileStatus.Published).OrderBy(p => p.Id).Select(p => new { p.Id, p.Offers }).Take(2).ToListAsync();
        var at = DateTimeOffset.UtcNow.AddDays(-3);
        var request = MatchRequest.Start(staff.Id, scheme.Id, manager.Id, at);
        request.ChooseKind(OfferType.Coaching, _ => OfferType.Both);
        request.SetReasons(["I have just become a team manager"], identifiedThroughAppraisal: true, keepFromLineManager: false);
        request.SetAreasNeeded(areas);
        request.SetGoals("Delegate with confidence", null, null, RequestPart.None);
        request.SetArrangements(DeliveryFormat.Video | DeliveryFormat.Telephone, null);
        foreach (var coach in named)
        {
            request.AddPreference(coach.Id, coach.Offers);
        }

        request.Submit(manager.Id, at);
        request.RespondAsLineManager(manager.Id, true, 2, null, at.AddHours(1));
        db.MatchRequests.Add(request);
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        await db.Database.ExecuteSqlRawAsync("ANALYZE;");
    }
}
