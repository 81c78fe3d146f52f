using BenchmarkDotNet.Attributes;
using CoachRegister.Data;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.CoachDirectory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Benchmarks;

/// <summary>The directory's two commands (page and count) against 5,000 seeded profiles in a SQLite file.</summary>
[MemoryDiagnoser]
public class DirectoryQueryBenchmarks
{
    public const int Profiles = 5000;

    private ServiceProvider _services = null!;
    private IServiceScope _scope = null!;
    private DirectoryService _directory = null!;
    private Asker _staff = null!;
    private int _lastPage;
    private Guid _areaId;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), "coachregister-bench", "directory.db");
        if (!File.Exists(path))
        {
            await RegisterSeed.SeedAsync(path, Profiles);
        }

        _services = RegisterSeed.Services(path);
        _scope = _services.CreateScope();
        var db = _scope.ServiceProvider.GetRequiredService<AppDbContext>();
        _directory = new DirectoryService(db);
        _areaId = await db.CoachingAreas.Where(a => a.Name == "Managing change").Select(a => a.Id).SingleAsync();
        _staff = await RegisterSeed.StaffAskerAsync(db);
        var (_, total) = await _directory.SearchAsync(_staff, OfferType.Coaching, new DirectorySearch(), DirectoryService.PageSize, default);
        _lastPage = Math.Max(1, (total + DirectoryService.PageSize - 1) / DirectoryService.PageSize);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _scope.Dispose();
        _services.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<(List<DirectoryEntry>, int)> FirstPage() =>
        _directory.SearchAsync(_staff, OfferType.Coaching, new DirectorySearch(), DirectoryService.PageSize, default);

    [Benchmark]
    public Task<(List<DirectoryEntry>, int)> Filtered() =>
        _directory.SearchAsync(_staff, OfferType.Coaching, new DirectorySearch { Q = "leadership", Area = _areaId, Format = DeliveryFormat.Video }, DirectoryService.PageSize, default);

    [Benchmark]
    public Task<(List<DirectoryEntry>, int)> LastPage() =>
        _directory.SearchAsync(_staff, OfferType.Coaching, new DirectorySearch { Page = _lastPage }, DirectoryService.PageSize, default);
}
