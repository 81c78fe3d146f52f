namespace CoachRegister.Web.Infrastructure.Forms;

/// <summary>
/// A GOV.UK text input or textarea, rendered by Views/Shared/Fields/_TextField.cshtml. A textarea counts its
/// characters against <see cref="MaxLength"/> (GOV.UK character count) unless <see cref="CountCharacters"/> is false.
/// </summary>
public sealed record TextField(
    string Name,
    string Label,
    string? Value,
    int MaxLength,
    string? Hint = null,
    bool Multiline = false,
    string Type = "text",
    string? WidthClass = null,
    string? Autocomplete = null,
    string? InputMode = null,
    bool CountCharacters = true,
    string LabelClass = "govuk-label--s");

/// <summary>GOV.UK radios (or checkboxes when <see cref="Multiple"/>), rendered by Views/Shared/Fields/_Choices.cshtml.</summary>
public sealed record ChoiceField(string Name, string Legend, IReadOnlyList<ChoiceOption> Options, string? Hint = null, bool Multiple = false, bool Inline = false, string LegendClass = "govuk-fieldset__legend--m");

/// <summary>
/// One radio or checkbox. <see cref="Reveal"/> holds the fields (<see cref="TextField"/>, <see cref="ChoiceField"/>, <see cref="DateField"/>)
/// that belong to this answer: shown under it, and hidden while it is not chosen when JavaScript runs (GOV.UK
/// conditional reveal). Choices with reveals are never inline.
/// </summary>
public sealed record ChoiceOption(string Value, string Text, bool Selected, string? Hint = null, IReadOnlyList<object>? Reveal = null);

/// <summary>A GOV.UK select, rendered by Views/Shared/Fields/_Select.cshtml; options with a <see cref="SelectOption.Group"/> are grouped.</summary>
public sealed record SelectField(string Name, string Label, IReadOnlyList<SelectOption> Options, string? Hint = null, string? WidthClass = null)
{
    /// <summary>A select whose first option, <paramref name="emptyText"/>, leaves the answer empty (such as "Any area").</summary>
    public static SelectField WithEmpty(string name, string label, string emptyText, IEnumerable<Choice> options, string? selected, string? widthClass = null) =>
        new(name, label, [new SelectOption(string.Empty, emptyText, false), .. options.Select(o => new SelectOption(o.Value, o.Text, o.Value == selected))], WidthClass: widthClass);
}

public sealed record SelectOption(string Value, string Text, bool Selected, string? Group = null);

/// <summary>One GOV.UK checkbox that answers a question of its own (a confirmation), rendered by Views/Shared/Fields/_Checkbox.cshtml.</summary>
public sealed record CheckboxField(string Name, string Label, bool Checked);

/// <summary>A GOV.UK date input of three fields named <see cref="Name"/>Day, Month and Year; errors are kept under the day's name.</summary>
public sealed record DateField(string Name, string Legend, string? Day, string? Month, string? Year, string? Hint = null, string LegendClass = "govuk-fieldset__legend--m");

/// <summary>A GOV.UK file upload, rendered by Views/Shared/Fields/_FileField.cshtml.</summary>
public sealed record FileField(string Name, string Label, string Accept, string? Hint = null);

/// <summary>An option of a select list or a group of choices, built on the server.</summary>
public sealed record Choice(string Value, string Text);
