using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Features.Relationships;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Sessions;

public sealed class SessionTimeInputValidator : AbstractValidator<SessionTimeInput>
{
    public SessionTimeInputValidator(IStringLocalizer<CoachingText> t)
    {
        RuleFor(i => i.Date).NotNull().WithMessage(_ => t["Enter the date of the session"]);
        RuleFor(i => i.Start).NotNull().WithMessage(_ => t["Enter the start time"]);
        RuleFor(i => i.End).NotNull().WithMessage(_ => t["Enter the end time"])
            .GreaterThan(i => i.Start).When(i => i.Start is not null).WithMessage(_ => t["The end time must be after the start time"]);
        RuleFor(i => i.Venue).Paragraphs(SessionTimeInput.MaxVenue, t, "Where");
    }
}

public sealed class RecordInputValidator : AbstractValidator<RecordInput>
{
    public RecordInputValidator(IStringLocalizer<CoachingText> t)
    {
        RuleFor(i => i.Date).NotNull().WithMessage(_ => t["Enter the date of the session"]);
        RuleFor(i => i.Start).NotNull().WithMessage(_ => t["Enter the start time"]);
        RuleFor(i => i.End).NotNull().WithMessage(_ => t["Enter the end time"])
            .GreaterThan(i => i.Start).When(i => i.Start is not null).WithMessage(_ => t["The end time must be after the start time"]);
        RuleFor(i => i.PreviousActionsSummary).Paragraphs(RecordInput.MaxText, t, "Previous actions and summary");
        RuleFor(i => i.KeyPoints).Required(t, "Enter the key points and topics discussed").Paragraphs(RecordInput.MaxText, t, "Key points and topics discussed");
        RuleFor(i => i.SessionGoal).Paragraphs(RecordInput.MaxText, t, "Agreed goal for the session");
        RuleFor(i => i.ActionsIdentified).Paragraphs(RecordInput.MaxText, t, "Actions identified");
        RuleFor(i => i.Reflections).Paragraphs(RecordInput.MaxText, t, "Reflections on the session");
        RuleForEach(i => i.Progress).ChildRules(p =>
            p.RuleFor(x => x.Score).InclusiveBetween(0, 10).WithMessage(_ => t["Progress is marked from 0 to 10"]));
    }
}

public sealed class CancelInputValidator : AbstractValidator<CancelInput>
{
    public CancelInputValidator(IStringLocalizer<CoachingText> t) =>
        RuleFor(i => i.Confirm).Equal(true).WithMessage(_ => t["Confirm that you want to cancel the session"]);
}

public sealed class PreparationInputValidator : AbstractValidator<PreparationInput>
{
    public PreparationInputValidator(IStringLocalizer<CoachingText> t)
    {
        RuleFor(i => i.AccomplishedSinceLastTime).Paragraphs(PreparationInput.MaxText, t, "What have you accomplished since the last session?");
        RuleFor(i => i.NotDoneButIntended).Paragraphs(PreparationInput.MaxText, t, "What did you intend to do but not get done?");
        RuleFor(i => i.OnMyMindAtWork).Paragraphs(PreparationInput.MaxText, t, "What is on your mind at work at the moment?");
        RuleFor(i => i.CurrentChallenges).Paragraphs(PreparationInput.MaxText, t, "What challenges and problems are you facing now?");
        RuleFor(i => i.CurrentOpportunities).Paragraphs(PreparationInput.MaxText, t, "What opportunities are open to you now?");
        RuleFor(i => i.AnythingElse).Paragraphs(PreparationInput.MaxText, t, "Anything else that is relevant");
        RuleFor(i => i.WantFromSession).Required(t, "Say what you want to use the session for").Paragraphs(PreparationInput.MaxText, t, "I want to use the session to");
    }
}

public sealed class ReflectionInputValidator : AbstractValidator<ReflectionInput>
{
    public ReflectionInputValidator(IStringLocalizer<CoachingText> t)
    {
        RuleFor(i => i.CoacheeLearningStyle).Paragraphs(ReflectionInput.MaxText, t, "The coachee's preferred learning style or approach");
        RuleFor(i => i.SkillsToWorkOn).Paragraphs(ReflectionInput.MaxText, t, "Skills and qualities I want to work on");
        RuleFor(i => i.Approach).Paragraphs(ReflectionInput.MaxText, t, "How I will approach the session");
        RuleFor(i => i.WorkedWell).Paragraphs(ReflectionInput.MaxText, t, "What worked well");
        RuleFor(i => i.WorkedLessWell).Paragraphs(ReflectionInput.MaxText, t, "What worked less well");
        RuleFor(i => i.ModelsAndTechniques).Paragraphs(ReflectionInput.MaxText, t, "Models, techniques and structures I used");
        RuleFor(i => i.WhatILearnt).Paragraphs(ReflectionInput.MaxText, t, "What I have learnt and will change in my practice");
    }
}
