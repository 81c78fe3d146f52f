using CoachRegister.Domain.Feedback;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Features.Relationships;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Feedback;

public sealed class SessionFeedbackInputValidator : AbstractValidator<SessionFeedbackInput>
{
    public SessionFeedbackInputValidator(IStringLocalizer<CoachingText> t)
    {
        RuleFor(i => i.WorkedWell).Paragraphs(SessionFeedbackInput.MaxText, t, "What worked well in the session?");
        RuleFor(i => i.WorkedLessWell).Paragraphs(SessionFeedbackInput.MaxText, t, "What worked less well?");
        RuleFor(i => i.CoachCouldDevelop).Paragraphs(SessionFeedbackInput.MaxText, t, "What could your coach develop or learn?");
        RuleFor(i => i).Must(i => !string.IsNullOrWhiteSpace(i.WorkedWell) || !string.IsNullOrWhiteSpace(i.WorkedLessWell) || !string.IsNullOrWhiteSpace(i.CoachCouldDevelop))
            .WithName(nameof(SessionFeedbackInput.WorkedWell)).OverridePropertyName(nameof(SessionFeedbackInput.WorkedWell))
            .WithMessage(_ => t["Answer at least one question"]);
    }
}

public sealed class RatingInputValidator : AbstractValidator<RatingInput>
{
    public RatingInputValidator(IStringLocalizer<CoachingText> t)
    {
        foreach (var attribute in Enum.GetValues<CoachAttribute>())
        {
            RuleFor(i => i.Scores).Must(s => s.TryGetValue(attribute, out var v) && v is >= 1 and <= 10)
                .OverridePropertyName($"Scores[{attribute}]")
                .WithMessage(_ => t["Rate \"{0}\" from 1 to 10", t[CoachingLabels.Of(attribute)]]);
        }

        RuleFor(i => i.OverallExperience).Paragraphs(RatingInput.MaxText, t, "Your overall experience");
        RuleFor(i => i.Suggestions).Paragraphs(RatingInput.MaxText, t, "How your coach could improve");
    }
}

public sealed class EvaluationInputValidator : AbstractValidator<EvaluationInput>
{
    public EvaluationInputValidator(IStringLocalizer<CoachingText> t)
    {
        RuleFor(i => i.HowFoundStyle).Paragraphs(EvaluationInput.MaxText, t, "How did you find your coach's style?");
        RuleFor(i => i.MetExpectations).NotNull().WithMessage(_ => t["Say whether the sessions met your expectations"]);
        RuleFor(i => i.MetExpectationsComment).Paragraphs(EvaluationInput.MaxText, t, "Tell us more");
        RuleFor(i => i.WouldRecommend).NotNull().WithMessage(_ => t["Say whether you would recommend coaching or mentoring to colleagues"]);
        RuleFor(i => i.HowThingsChanged).Paragraphs(EvaluationInput.MaxText, t, "How have things changed since the coaching?");
        foreach (var line in new (System.Linq.Expressions.Expression<Func<EvaluationInput, string?>> Field, string Label)[]
                 {
                     (i => i.Helpful1, "Helpful 1"), (i => i.Helpful2, "Helpful 2"), (i => i.Helpful3, "Helpful 3"),
                     (i => i.Unhelpful1, "Less helpful 1"), (i => i.Unhelpful2, "Less helpful 2"), (i => i.Unhelpful3, "Less helpful 3"),
                 })
        {
            RuleFor(line.Field).Paragraphs(EvaluationInput.MaxLine, t, line.Label);
        }
    }
}
