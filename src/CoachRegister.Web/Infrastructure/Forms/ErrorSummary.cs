using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CoachRegister.Web.Infrastructure.Forms;

/// <summary>
/// The names of a page's fields in the order the field partials (Views/Shared/Fields) render them, kept for
/// the request so the error summary can list errors in the order of the form, as GOV.UK asks.
/// </summary>
public sealed class FieldOrder
{
    private const string ItemKey = "CoachRegister.FieldOrder";
    private readonly List<string> _names = [];

    public static FieldOrder Of(HttpContext context)
    {
        if (context.Items[ItemKey] is not FieldOrder order)
        {
            order = new FieldOrder();
            context.Items[ItemKey] = order;
        }

        return order;
    }

    /// <summary>Records that the field <paramref name="name"/> (as posted, e.g. "Reference1.Name") comes next on the page.</summary>
    public void Add(string name)
    {
        if (!_names.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            _names.Add(name);
        }
    }

    /// <summary>Where the field of a ModelState key is on the page; null for a key no field rendered.</summary>
    public int? PositionOf(string key)
    {
        var index = _names.FindIndex(n => string.Equals(n, key, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : index;
    }
}

/// <summary>
/// The GOV.UK error summary. It sits at the top of the page but its list follows the fields below it, so it
/// is written out when the page is, after the whole page has rendered: Razor keeps an <see cref="IHtmlContent"/>
/// in its buffer and writes it only when the response is written. Errors not tied to a field come first; errors
/// of fields the page did not render (none should) come last, in the order they were added.
/// </summary>
public sealed class ErrorSummary(ViewContext context, string title) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        var modelState = context.ViewData.ModelState;
        if (modelState.IsValid)
        {
            return;
        }

        var order = FieldOrder.Of(context.HttpContext);
        var entries = modelState
            .Where(e => e.Value is { Errors.Count: > 0 })
            .Select((e, added) => (e.Key, e.Value!.Errors, Added: added, Position: e.Key.Length == 0 ? -1 : order.PositionOf(e.Key) ?? int.MaxValue))
            .OrderBy(e => e.Position)
            .ThenBy(e => e.Added);

        writer.Write("<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\"><h2 class=\"govuk-error-summary__title\">");
        encoder.Encode(writer, title);
        writer.Write("</h2><div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">");
        foreach (var (key, errors, _, _) in entries)
        {
            var target = key.Length == 0 ? "main-content" : TagBuilder.CreateSanitizedId(key, "_");
            foreach (var error in errors)
            {
                writer.Write("<li><a href=\"#");
                encoder.Encode(writer, target);
                writer.Write("\">");
                encoder.Encode(writer, error.ErrorMessage);
                writer.Write("</a></li>");
            }
        }

        writer.Write("</ul></div></div></div>");
    }

    /// <summary>Whether <paramref name="modelState"/> holds errors for the field <paramref name="name"/>.</summary>
    public static IReadOnlyList<ModelError> ErrorsOf(ModelStateDictionary modelState, string name) =>
        modelState.TryGetValue(name, out var entry) ? entry.Errors : [];
}
