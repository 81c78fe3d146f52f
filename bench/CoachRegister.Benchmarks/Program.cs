using BenchmarkDotNet.Running;
using CoachRegister.Benchmarks;

// `seed PATH [PROFILES] [PEOPLE]` writes a register database for the load test (bench/wrk-directory.sh);
// `plan PATH` prints the directory's SQL commands with SQLite's EXPLAIN QUERY PLAN for each;
// `compliance-plan [PRESET]` times each SQL command of one compliance evaluation and prints its query plan;
// `relationship-plan` times each SQL command of one relationship page among 200,000 sessions and prints its query plan;
// `suggestion-plan` times each SQL command and part of HR's suggestion page for one request and prints its query plans;
// `cohort-quality [SEEDS]` prints optimal against greedy cohort matching on large seeded cohorts;
// `projection-size PATH` prints the memory and load time of the directory's in-memory projection;
// `pdf [SECONDS] [POOL]` times the PDF pipeline against a static print; `pdf-sample DIR` writes the sample form;
// anything else runs the benchmarks, e.g. `--filter *Directory* --inProcess`.
switch (args)
{
    case ["seed", var path, ..]:
        var profiles = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5_000;
        var people = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : DirectoryQueryBenchmarks.People;
        await RegisterSeed.SeedAsync(path, profiles, people);
        Console.WriteLine($"Seeded {profiles} profiles among {people} people into {path}; staff sign-in {RegisterSeed.StaffEmail}.");
        break;
    case ["plan", var path]:
        await QueryPlans.PrintAsync(path);
        break;
    case ["projection-size", var path]:
        await ProjectionSize.PrintAsync(path);
        break;
    case ["compliance-plan", ..]:
        await CompliancePlans.PrintAsync(args.Length > 1 ? Enum.Parse<CoachRegister.Domain.Development.Compliance.SchemePreset>(args[1]) : CoachRegister.Domain.Development.Compliance.SchemePreset.LeadershipAcademy);
        break;
    case ["relationship-plan"]:
        await RelationshipPlans.PrintAsync();
        break;
    case ["suggestion-plan"]:
        await SuggestionPlans.PrintAsync();
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
