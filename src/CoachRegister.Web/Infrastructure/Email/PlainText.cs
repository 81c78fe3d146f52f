using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CoachRegister.Web.Infrastructure.Email;

/// <summary>
/// Derives the plain-text part of an e-mail from its HTML, so a template is written once: block elements
/// become paragraphs, list items get a dash, and a link keeps its address in brackets after its text.
/// </summary>
public static class PlainText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "head", "style", "script", "title", "template" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "table", "tr", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "header", "footer", "hr", "pre",
    };

    public static string FromHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder();
        Append(document.Body ?? (INode)document, text);
        return Tidy(text.ToString());
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    AppendWords(t.Data, text);
                    break;
                case IElement e when Skipped.Contains(e.LocalName):
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement { LocalName: "li" } e:
                    text.Append("\n- ");
                    Append(e, text);
                    break;
                case IElement { LocalName: "td" or "th" } e:
                    Append(e, text);
                    text.Append(' ');
                    break;
                case IElement { LocalName: "a" } e:
                    AppendLink(e, text);
                    break;
                case IElement e when Blocks.Contains(e.LocalName):
                    text.Append("\n\n");
                    Append(e, text);
                    text.Append("\n\n");
                    break;
                case IElement e:
                    Append(e, text);
                    break;
            }
        }
    }

    private static void AppendLink(IElement link, StringBuilder text)
    {
        var before = text.Length;
        Append(link, text);
        var label = text.ToString(before, text.Length - before).Trim();
        var href = link.GetAttribute("href");
        if (!string.IsNullOrWhiteSpace(href) && !href.StartsWith('#') && label != href)
        {
            text.Append(" (").Append(href).Append(')');
        }
    }

    private static void AppendWords(string data, StringBuilder text)
    {
        foreach (var c in data)
        {
            var whitespace = char.IsWhiteSpace(c);
            if (!whitespace)
            {
                text.Append(c);
            }
            else if (text.Length > 0 && !char.IsWhiteSpace(text[^1]))
            {
                text.Append(' ');
            }
        }
    }

    /// <summary>Trims each line and collapses runs of blank lines to one, so paragraphs are one blank line apart.</summary>
    private static string Tidy(string raw)
    {
        var result = new StringBuilder();
        var blank = 0;
        foreach (var line in raw.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                blank++;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(blank > 0 ? "\n\n" : "\n");
            }

            result.Append(trimmed);
            blank = 0;
        }

        return result.Append('\n').ToString();
    }
}
