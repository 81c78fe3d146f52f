using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Features.Relationships;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.ReflectiveLog;

public sealed class LogEntryInputValidator : AbstractValidator<LogEntryInput>
{
    public LogEntryInputValidator(IStringLocalizer<CoachingText> t)
    {
        RuleFor(i => i.EntryDate).NotNull().WithMessage(_ => t["Enter the date"]);
        RuleFor(i => i.SessionNumber).InclusiveBetween(1, 999).WithMessage(_ => t["Enter a session number from 1 to 999"]);
        foreach (var (name, label) in LogEntryInput.Questions)
        {
            RuleFor(i => i.Answer(name)).Paragraphs(LogEntryInput.MaxText, t, label).OverridePropertyName(name);
        }

        RuleFor(i => i).Must(i => LogEntryInput.Questions.Any(q => !string.IsNullOrWhiteSpace(i.Answer(q.Name))))
            .OverridePropertyName(nameof(LogEntryInput.Introduction))
            .WithMessage(_ => t["Write at least one reflection"]);
    }
}
