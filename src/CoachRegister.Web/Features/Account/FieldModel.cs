namespace CoachRegister.Web.Features.Account;

/// <summary>One GOV.UK text input for the _Field partial; its id is the property name, as the error summary links to.</summary>
public sealed record FieldModel(string Name, string Label, string? Value = null, string Type = "text", string? Autocomplete = null, string? Hint = null, string Width = "govuk-!-width-two-thirds");

/// <summary>One GOV.UK select for the _Select partial; items in a group are rendered in an optgroup.</summary>
public sealed record SelectFieldModel(string Name, string Label, IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Items);
