using System.Diagnostics;
using CoachRegister.Data;
using CoachRegister.Web.Features.CoachDirectory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Benchmarks;

/// <summary>
/// `projection-size PATH`: the memory a server keeps for the directory's projection of a seeded register (the heap
/// after a full collection, before and after it is read) and how long reading it takes, three times.
/// </summary>
public static class ProjectionSize
{
    public static async Task PrintAsync(string path)
    {
        await using var services = RegisterSeed.Services(path);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync();
        // Each run keeps the projections read before it, so the growth of the heap is the one read in that run.
        var held = new List<DirectoryProjection>();
        for (var run = 1; run <= 3; run++)
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var watch = Stopwatch.StartNew();
            held.Add(await DirectoryProjection.LoadAsync(db, version: 0, default));
            watch.Stop();
            var after = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine($"run {run}: {held[^1].Count:N0} published profiles read in {watch.ElapsedMilliseconds:N0} ms; held {(after - before) / 1024.0 / 1024.0:N1} MiB");
        }
    }
}
