using BenchmarkDotNet.Attributes;
using CoachRegister.Data;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.CoachDirectory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Benchmarks;

/// <summary>
/// The directory's database work on a cache miss (count and page, through <see cref="DirectoryService"/>) on a
/// seeded SQLite file of 5,000 or 50,000 profiles among 300,000 people. The baseline is a plain
/// <c>SELECT COUNT(*)</c> of the profiles on the same connection.
/// </summary>
[MemoryDiagnoser]
public class DirectoryQueryBenchmarks
{
    public const int People = 300_000;

    private ServiceProvider _services = null!;
    private IServiceScope _scope = null!;
    private AppDbContext _db = null!;
    private DirectoryService _directory = null!;
    private Asker _staff = null!;
    private Guid _areaId;
    private DirectoryProjection _projection = null!;
    private List<Guid> _schemes = null!;

    [Params(5_000, 50_000)]
    public int Profiles { get; set; }

    public static string DatabasePath(int profiles) =>
        Path.Combine(Path.GetTempPath(), "coachregister-bench", $"directory-{profiles}-{People}.db");

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var path = DatabasePath(Profiles);
        if (!File.Exists(path))
        {
            await RegisterSeed.SeedAsync(path, Profiles, People);
        }

        _services = RegisterSeed.Services(path);
        _scope = _services.CreateScope();
        _db = _scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await _db.Database.OpenConnectionAsync();
        _directory = new DirectoryService(_db);
        _areaId = await _db.CoachingAreas.Where(a => a.Name == "Managing change").Select(a => a.Id).SingleAsync();
        _staff = await RegisterSeed.StaffAskerAsync(_db);
        _schemes = RecordScopes.DirectorySchemesOf(_staff);
        _projection = await DirectoryProjection.LoadAsync(_db, version: 0, default);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _scope.Dispose();
        _services.Dispose();
    }

    private async Task<int> SearchAsync(DirectorySearch search) =>
        (await _directory.PageAsync(_staff, OfferType.Coaching, search, DirectoryService.PageSize, default)).Count
        + await _directory.CountAsync(_staff, OfferType.Coaching, search, default);

    /// <summary>The cheapest read of the same file: every profile counted from the smallest index.</summary>
    [Benchmark(Baseline = true)]
    public Task<int> CountProfiles() => _db.CoachProfiles.CountAsync();

    [Benchmark]
    public Task<int> FirstPage() => SearchAsync(new DirectorySearch());

    [Benchmark]
    public Task<int> TextCommon() => SearchAsync(new DirectorySearch { Q = "leadership", Format = DeliveryFormat.Video });

    [Benchmark]
    public Task<int> TextRare() => SearchAsync(new DirectorySearch { Q = "negotiation", Format = DeliveryFormat.Video });

    [Benchmark]
    public Task<int> TextName() => SearchAsync(new DirectorySearch { Q = "seren price" });

    [Benchmark]
    public Task<int> Filtered() => SearchAsync(new DirectorySearch { Q = "leadership", Area = _areaId, Format = DeliveryFormat.Video });

    [Benchmark]
    public Task<int> DeepPage() => SearchAsync(new DirectorySearch { Availability = "all", Page = 150 });

    /// <summary>
    /// The same searches as a server answers them while its <see cref="DirectoryProjection"/> is current: the count and
    /// the page's ids from memory, the page's twenty rows from the database.
    /// </summary>
    private async Task<int> FromMemoryAsync(DirectorySearch search) =>
        (await _directory.EntriesAsync(_staff, _projection.PageOf(_schemes, OfferType.Coaching, search, DirectoryService.PageSize), default)).Count
        + _projection.CountOf(_schemes, OfferType.Coaching, search);

    [Benchmark]
    public Task<int> FirstPageInMemory() => FromMemoryAsync(new DirectorySearch());

    [Benchmark]
    public Task<int> TextCommonInMemory() => FromMemoryAsync(new DirectorySearch { Q = "leadership", Format = DeliveryFormat.Video });

    [Benchmark]
    public Task<int> TextRareInMemory() => FromMemoryAsync(new DirectorySearch { Q = "negotiation", Format = DeliveryFormat.Video });

    [Benchmark]
    public Task<int> TextNameInMemory() => FromMemoryAsync(new DirectorySearch { Q = "seren price" });

    [Benchmark]
    public Task<int> FilteredInMemory() => FromMemoryAsync(new DirectorySearch { Q = "leadership", Area = _areaId, Format = DeliveryFormat.Video });

    [Benchmark]
    public Task<int> DeepPageInMemory() => FromMemoryAsync(new DirectorySearch { Availability = "all", Page = 150 });

    /// <summary>What a change of the directory costs a server: reading the projection again.</summary>
    [Benchmark]
    public async Task<int> LoadProjection() => (await DirectoryProjection.LoadAsync(_db, version: 0, default)).Count;
}
