using System.Globalization;
using CoachRegister.Web.Features.Register;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.HrAreas;

public sealed class AreaInputValidator : AbstractValidator<AreaInput>
{
    public AreaInputValidator(IStringLocalizer<RegisterText> t)
    {
        RuleFor(a => a.Name).Required(t, "Enter the area's name in English").OneLine(AreaInput.MaxNameLength, t, "Name in English");
        RuleFor(a => a.NameWelsh).OneLine(AreaInput.MaxNameLength, t, "Name in Welsh");
        RuleFor(a => a.SortOrder)
            .Must(s => string.IsNullOrWhiteSpace(s) || int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n is >= -10_000 and <= 10_000)
            .WithMessage(_ => t["Position must be a whole number, like 10"]);
    }
}
