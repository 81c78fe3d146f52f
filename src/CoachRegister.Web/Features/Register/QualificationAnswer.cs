using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;

namespace CoachRegister.Web.Features.Register;

/// <summary>The answer to "do you hold this qualification?" on the join form and the profile.</summary>
public enum QualificationAnswer
{
    NotHeld = 0,
    Achieved = 1,
    InTraining = 2,
}

public static class QualificationAnswers
{
    public static readonly QualificationAnswer[] All = [QualificationAnswer.NotHeld, QualificationAnswer.Achieved, QualificationAnswer.InTraining];

    public static QualificationAnswer For(QualificationStatus? status) => status switch
    {
        QualificationStatus.Achieved => QualificationAnswer.Achieved,
        QualificationStatus.InTraining => QualificationAnswer.InTraining,
        _ => QualificationAnswer.NotHeld,
    };

    /// <summary>The status to record, or null when the qualification is not held.</summary>
    public static QualificationStatus? StatusOf(QualificationAnswer? answer) => answer switch
    {
        QualificationAnswer.Achieved => QualificationStatus.Achieved,
        QualificationAnswer.InTraining => QualificationStatus.InTraining,
        _ => null,
    };

    public static string Label(QualificationAnswer answer) => answer switch
    {
        QualificationAnswer.Achieved => "Achieved",
        QualificationAnswer.InTraining => "In training",
        _ => "Not held",
    };
}
