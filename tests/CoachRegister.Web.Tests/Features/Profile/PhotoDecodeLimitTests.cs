using System.Diagnostics;
using CoachRegister.Web.Features.Profile;

namespace CoachRegister.Web.Tests.Features.Profile;

/// <summary>
/// Photos within the pixel limit still take up to 64 MB each while they are decoded, so only
/// <see cref="ProfilePhoto.MaxConcurrentDecodes"/> are decoded at once. Many at once must not grow the process by a
/// decode's memory for each of them. Measured alone (no other test running), since it watches the whole process.
/// On 2 cores, 8 uploads grew it by about 310 MB with the limit and 1,120 MB without it (2026-12-02).
/// </summary>
[Collection(Name)]
public class PhotoDecodeLimitTests
{
    public const string Name = "photo decodes, alone";

    /// <summary>A decode's memory: its pixels (4 bytes each), and the image drawn from them, a copy as large.</summary>
    private const long DecodeBytes = ProfilePhoto.MaxPixels * 4 * 2;

    [Fact]
    public async Task Four_times_as_many_large_photos_as_decoders_at_once_grow_the_process_by_about_the_decoders_memory_only()
    {
        var png = ProfilePhotoTests.SolidPng(4_000, 4_000);
        var uploads = ProfilePhoto.MaxConcurrentDecodes * 4;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.WorkingSet64;
        var peak = before;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                await Task.Delay(2);
            }
        });

        // Each upload on its own thread, as requests from many people would be: the thread pool's slow growth
        // must not be what keeps the decodes few.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, uploads).Select(_ => Task.Factory.StartNew(
            () => ProfilePhoto.ReadAsync(png, CancellationToken.None).GetAwaiter().GetResult(),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));
        await done.CancelAsync();
        await sampler;

        Assert.All(outcomes, o => Assert.Null(o.Problem));
        var grown = peak - before;
        var allowed = (ProfilePhoto.MaxConcurrentDecodes + 2) * DecodeBytes;
        Assert.True(grown < allowed,
            $"{uploads} uploads at once grew the working set by {grown / (1024 * 1024)} MB; {ProfilePhoto.MaxConcurrentDecodes} decoders at once allow under {allowed / (1024 * 1024)} MB.");
    }
}

[CollectionDefinition(PhotoDecodeLimitTests.Name, DisableParallelization = true)]
public sealed class PhotoDecodeCollection;
