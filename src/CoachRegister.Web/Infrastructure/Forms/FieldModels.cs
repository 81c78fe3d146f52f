namespace CoachRegister.Web.Infrastructure.Forms;

/// <summary>A GOV.UK text input or textarea, rendered by Views/Shared/Fields/_TextField.cshtml.</summary>
public sealed record TextField(string Name, string Label, string? Value, int MaxLength, string? Hint = null, bool Multiline = false, string Type = "text", string? WidthClass = null, string? Autocomplete = null);

/// <summary>GOV.UK radios (or checkboxes when <see cref="Multiple"/>), rendered by Views/Shared/Fields/_Choices.cshtml.</summary>
public sealed record ChoiceField(string Name, string Legend, IReadOnlyList<ChoiceOption> Options, string? Hint = null, bool Multiple = false, bool Inline = false, string LegendClass = "govuk-fieldset__legend--m");

public sealed record ChoiceOption(string Value, string Text, bool Selected, string? Hint = null);

/// <summary>An option of a select list or a group of choices, built on the server.</summary>
public sealed record Choice(string Value, string Text);

/// <summary>A GOV.UK select with an empty first option, rendered by Views/Shared/Fields/_Select.cshtml.</summary>
public sealed record SelectField(string Name, string Label, string EmptyText, IReadOnlyList<Choice> Options, string? Selected, string? WidthClass = null);
