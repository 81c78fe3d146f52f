using System.Globalization;

namespace CoachRegister.Web.Tests.Infrastructure.Pdf;

/// <summary>
/// The Chromium processes this test run started (descendants of this process, through the Playwright driver),
/// read from /proc. Other browsers on the machine, such as the E2E tests' own, are not counted.
/// </summary>
public static class ChromiumProcesses
{
    public sealed record Entry(int Id, int ParentId, string Name);

    public static IReadOnlyList<Entry> Owned()
    {
        var all = new Dictionary<int, Entry>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            try
            {
                // "pid (name) state ppid ...": the name may hold spaces and brackets, so read from the last ')'.
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var close = stat.LastIndexOf(')');
                var fields = stat[(close + 2)..].Split(' ');
                if (fields[0] is "Z" or "X")
                {
                    continue;
                }

                var name = stat[(stat.IndexOf('(') + 1)..close];
                all[id] = new Entry(id, int.Parse(fields[1], CultureInfo.InvariantCulture), name);
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }

        var owned = new List<Entry>();
        foreach (var entry in all.Values)
        {
            if (IsChromium(entry) && DescendsFrom(entry, Environment.ProcessId, all))
            {
                owned.Add(entry);
            }
        }

        return owned;
    }

    /// <summary>Main browser processes: Chromium started by something that is not Chromium (the driver).</summary>
    public static IReadOnlyList<Entry> Browsers()
    {
        var owned = Owned();
        var ids = owned.Select(e => e.Id).ToHashSet();
        return owned.Where(e => !ids.Contains(e.ParentId)).ToList();
    }

    /// <summary>Waits for the count to reach what the test expects: a closed page's renderer takes a moment to exit.</summary>
    public static async Task<int> SettleAtAsync(int expected, TimeSpan? within = null)
    {
        var until = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        var count = Owned().Count;
        while (count != expected && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
            count = Owned().Count;
        }

        return count;
    }

    /// <summary>
    /// Passes when no more Chromium processes run than <paramref name="before"/>. Chromium may retire a helper
    /// process of its own meanwhile (seen under load: one fewer); what must not happen is one more.
    /// </summary>
    public static async Task AssertNoMoreThanAsync(int before)
    {
        var after = await SettleAtAsync(before);
        Assert.True(after <= before, $"{after} Chromium processes now, {before} before.");
    }

    private static bool IsChromium(Entry entry) => entry.Name.StartsWith("chrom", StringComparison.Ordinal);

    private static bool DescendsFrom(Entry entry, int ancestor, Dictionary<int, Entry> all)
    {
        for (var parent = entry.ParentId; parent > 1; parent = all.TryGetValue(parent, out var next) ? next.ParentId : 0)
        {
            if (parent == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
