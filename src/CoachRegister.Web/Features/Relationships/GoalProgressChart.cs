using System.Globalization;

namespace CoachRegister.Web.Features.Relationships;

/// <summary>
/// The geometry of the goal-progress chart, drawn on the server as SVG so the page needs no JavaScript: one line
/// per goal across the start (the baseline) and each held session, on the 0-10 scale. The page shows the same
/// numbers as a table for people who do not see the chart.
/// </summary>
public sealed record GoalProgressChart(IReadOnlyList<string> ColumnLabels, IReadOnlyList<ChartLine> Lines)
{
    public const int Width = 640;
    public const int Height = 260;
    public const int Left = 40;
    public const int Right = 16;
    public const int Top = 16;
    public const int Bottom = 40;

    /// <summary>Colours from the GOV.UK palette that keep 3:1 contrast on white, told apart by marker shape too.</summary>
    private static readonly string[] Colours = ["#1d70b8", "#d4351c", "#00703c", "#4c2c92", "#f47738", "#5694ca", "#912b88", "#28a197"];

    public bool HasData => Lines.Any(l => l.Points.Count > 0);

    public static IEnumerable<int> Scale => Enumerable.Range(0, 6).Select(i => i * 2);

    public static GoalProgressChart For(IReadOnlyList<GoalRow> goals, IReadOnlyList<SessionRow> heldInOrder)
    {
        var labels = new List<string> { "Start" };
        labels.AddRange(heldInOrder.Select(s => s.Number.ToString(CultureInfo.InvariantCulture)));
        var lines = goals.Select((goal, g) =>
        {
            var points = new List<ChartPoint>();
            if (goal.Baseline is { } baseline)
            {
                points.Add(new ChartPoint(X(0, labels.Count), Y(baseline), baseline));
            }

            for (var i = 0; i < heldInOrder.Count; i++)
            {
                if (goal.ScoreBySession.TryGetValue(heldInOrder[i].Id, out var score))
                {
                    points.Add(new ChartPoint(X(i + 1, labels.Count), Y(score), score));
                }
            }

            return new ChartLine(goal.Description, Colours[g % Colours.Length], g % 3, points);
        }).ToList();
        return new GoalProgressChart(labels, lines);
    }

    public static double X(int column, int columns) =>
        columns <= 1 ? Left + ((Width - Left - Right) / 2.0) : Left + (column * (Width - Left - Right) / (double)(columns - 1));

    public static double Y(int score) => Top + ((10 - score) * (Height - Top - Bottom) / 10.0);

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>A goal's line: its points, its colour and its marker (0 circle, 1 square, 2 diamond).</summary>
public sealed record ChartLine(string Goal, string Colour, int Marker, IReadOnlyList<ChartPoint> Points)
{
    public string PolylinePoints => string.Join(' ', Points.Select(p => $"{GoalProgressChart.N(p.X)},{GoalProgressChart.N(p.Y)}"));
}

public sealed record ChartPoint(double X, double Y, int Score);
