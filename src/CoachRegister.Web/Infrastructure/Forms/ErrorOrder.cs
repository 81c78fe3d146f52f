using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoachRegister.Web.Infrastructure.Forms;

/// <summary>
/// The GOV.UK error summary lists errors in the order of the fields on the page. ModelState keeps its keys in
/// alphabetical order, so the errors are put in the order the page's model declares its properties (a form's
/// model declares them in the order it shows the fields), nested properties within their parent. Errors not
/// tied to a field come first; keys the model does not know keep their order after the rest.
/// </summary>
public static class ErrorOrder
{
    public static IReadOnlyList<KeyValuePair<string, ModelStateEntry>> InFieldOrder(ModelStateDictionary state, ModelMetadata? metadata) =>
        state.Where(e => e.Value is { Errors.Count: > 0 })
            .Select((entry, index) => (entry, rank: Rank(entry.Key, metadata), index))
            .OrderBy(x => x.rank, RankComparer.Instance)
            .ThenBy(x => x.index)
            .Select(x => new KeyValuePair<string, ModelStateEntry>(x.entry.Key, x.entry.Value!))
            .ToList();

    private static int[] Rank(string key, ModelMetadata? metadata)
    {
        if (key.Length == 0)
        {
            return [-1];
        }

        var rank = new List<int>();
        var current = metadata;
        foreach (var part in key.Split('.'))
        {
            var name = part.Split('[')[0];
            var properties = current?.Properties.ToList() ?? [];
            var index = properties.FindIndex(p => string.Equals(p.PropertyName, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                rank.Add(int.MaxValue);
                break;
            }

            rank.Add(index);
            current = properties[index];
            if (current.IsEnumerableType && current.ElementMetadata is { } element)
            {
                current = element;
            }
        }

        return rank.ToArray();
    }

    private sealed class RankComparer : IComparer<int[]>
    {
        public static readonly RankComparer Instance = new();

        public int Compare(int[]? x, int[]? y)
        {
            for (var i = 0; i < Math.Min(x!.Length, y!.Length); i++)
            {
                var c = x[i].CompareTo(y[i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return x.Length.CompareTo(y.Length);
        }
    }
}
