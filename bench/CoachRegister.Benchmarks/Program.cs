using BenchmarkDotNet.Running;
using CoachRegister.Benchmarks;
using CoachRegister.Data;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.CoachDirectory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

// `seed PATH [COUNT]` writes a register database for the load test (bench/wrk-directory.sh);
// `sql PATH` prints the directory's two SQL commands for a first page, with their timings;
// `cohort-quality [SEEDS]` prints optimal against greedy cohort matching on large seeded cohorts;
// `pdf [SECONDS] [POOL]` times the PDF pipeline against a static print; `pdf-sample DIR` writes the sample form;
// anything else runs the benchmarks, e.g. `--filter * --job short --inProcess`.
switch (args)
{
    case ["seed", var path, ..]:
        var count = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : DirectoryQueryBenchmarks.Profiles;
        await RegisterSeed.SeedAsync(path, count);
        Console.WriteLine($"Seeded {count} profiles into {path}; staff sign-in {RegisterSeed.StaffEmail}.");
        break;
    case ["sql", var path]:
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite($"Data Source={path}")
            .LogTo(Console.WriteLine, [DbLoggerCategory.Database.Command.Name], LogLevel.Information)
            .Options;
        await using (var db = new AppDbContext(options))
        {
            await new DirectoryService(db).SearchAsync(await RegisterSeed.StaffAskerAsync(db), OfferType.Coaching, new DirectorySearch(), DirectoryService.PageSize, default);
        }

        break;
    case ["cohort-quality", ..]:
        CohortQuality.Print(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
        break;
    case ["pdf", ..]:
        await PdfThroughput.RunAsync(
            args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10,
            args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2);
        break;
    case ["pdf-sample", var folder]:
        await PdfThroughput.WriteSamplesAsync(folder);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(DirectoryQueryBenchmarks).Assembly).Run(args);
        break;
}
