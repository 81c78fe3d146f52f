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
/// The database part of HR's suggestion page for one request (<c>HrMatchingController.Details</c>) on a seeded
/// SQLite file of 5,000 coaches among 20,000 people: the request with its scheme and matches, the request read
/// back, the facts matching needs and every coach who may be eligible, the ranking, then the names of the first
/// page of suggestions and the request's proposals. The baseline is a plain <c>COUNT(*)</c> of the profiles.
/// </summary>
[MemoryDiagnoser]
public class SuggestionPageBenchmarks
{
    public const int Coaches = 5_000;
    public const int People = 20_000;

    private ServiceProvider _services = null!;
    private IServiceScope _scope = null!;
    private AppDbContext _db = null!;
    private RequestReader _reader = null!;
    private MatchingFacts _facts = null!;
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
        _reader = new RequestReader(_db);
        _facts = new MatchingFacts(_db);
        var hr = await _db.People.Where(p => p.Email == RegisterSeed.HrEmail).Select(p => p.Id).SingleAsync();
        var schemeId = await _db.Schemes.Select(s => s.Id).SingleAsync();
        _hr = new Asker(hr, null, new HashSet<Guid>(), new HashSet<Guid> { schemeId }, IsSystemAdmin: false);
        _requestId = await _db.MatchRequests.Select(r => r.Id).SingleAsync();
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

    /// <summary>What <c>HrMatchingController.Details</c> and its <c>PageAsync</c> read and compute; the number of rows it shows.</summary>
    [Benchmark]
    public async Task<int> SuggestionPage()
    {
        var request = await _db.MatchRequests.SupportedInSchemesOf(_hr).Include(r => r.Scheme).Include(r => r.Matches)
            .AsNoTracking().AsSplitQuery().FirstAsync(r => r.Id == _requestId);
        var summary = (await _reader.SummaryAsync(request.Id, default))!;
        var suggestions = (await _facts.SuggestionsAsync(request.Id, request.Scheme!.Matching.Rules, default))!.Value.Suggestions;
        var shown = suggestions.Ranked.Take(HrMatchingController.SuggestionsPerPage).ToList();
        var named = shown.Select(s => s.Coach.ProfileId).Concat(suggestions.IneligiblePreferences.Select(i => i.ProfileId)).Distinct().ToList();
        var people = await _db.CoachProfiles.AsNoTracking().Where(p => named.Contains(p.Id))
            .Select(p => new { p.Id, Name = p.Person!.GivenName + " " + p.Person.FamilyName, p.Person.JobTitle, Organisation = p.Person.Organisation!.Name })
            .ToDictionaryAsync(p => p.Id);
        var matches = await _db.Matches.AsNoTracking().Where(m => m.MatchRequestId == request.Id).OrderByDescending(m => m.CreatedAt)
            .Select(m => new { m.Id, Name = m.Coach!.Person!.GivenName + " " + m.Coach.Person.FamilyName, m.Status, m.EndReason })
            .ToListAsync();
        return suggestions.Ranked.Count + people.Count + matches.Count + summary.Areas.Count;
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
