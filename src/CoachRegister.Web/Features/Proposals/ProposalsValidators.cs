using CoachRegister.Web.Features.Register;
using System.Globalization;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Matching;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Proposals;

public sealed class DeclineInputValidator : AbstractValidator<DeclineInput>
{
    public DeclineInputValidator(IStringLocalizer<MatchingText> t) =>
        RuleFor(i => i.DeclineReason).Required(t, "Tell the scheme team why you cannot take this on").Paragraphs(MatchRequestLimits.Comment, t, "Reason");
}

public sealed class ArrangeInputValidator : AbstractValidator<ArrangeInput>
{
    public ArrangeInputValidator(IStringLocalizer<MatchingText> t)
    {
        RuleFor(i => i.Day).Must((i, _) => MeetingDate.Parse(i.Day, i.Month, i.Year) is not null)
            .WithMessage(_ => t["Enter the date of the meeting as a real date, like 14 5 2026"]);
        RuleFor(i => i.Format).Must(f => f is DeliveryFormat.FaceToFace or DeliveryFormat.Telephone or DeliveryFormat.Video)
            .WithMessage(_ => t["Select how you will meet"]);
    }
}

public sealed class AnswerInputValidator : AbstractValidator<AnswerInput>
{
    public AnswerInputValidator(IStringLocalizer<MatchingText> t) =>
        RuleFor(i => i.GoOn).NotNull().WithMessage(_ => t["Select whether you want to go on"]);
}

public static class MeetingDate
{
    /// <summary>A real date between 2000 and 2100 from the three fields of a GOV.UK date input.</summary>
    public static DateOnly? Parse(string? day, string? month, string? year) =>
        int.TryParse(day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
        && int.TryParse(month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && y is >= 2000 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;
}
