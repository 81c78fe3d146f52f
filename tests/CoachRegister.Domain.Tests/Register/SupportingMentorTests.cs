using CoachRegister.Domain.Common;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;

namespace CoachRegister.Domain.Tests.Register;

public class SupportingMentorTests
{
    private static readonly Guid Scheme = Guid.NewGuid();

    private static CoachProfile Profile(Guid? scheme = null) => new() { PersonId = Guid.NewGuid(), SchemeId = scheme ?? Scheme };

    [Fact]
    public void Hr_allocates_and_removes_a_supervisor_of_the_same_scheme()
    {
        var coach = Profile();
        var lead = Profile();

        coach.AllocateSupportingMentor(lead);
        Assert.Equal(lead.Id, coach.SupportingMentorId);

        coach.AllocateSupportingMentor(null);
        Assert.Null(coach.SupportingMentorId);
    }

    [Fact]
    public void Nobody_supervises_themselves_or_someone_of_another_scheme()
    {
        var coach = Profile();

        Assert.Equal(Rule.SupervisorNotAllowed, Assert.Throws<RuleBrokenException>(() => coach.AllocateSupportingMentor(coach)).Rule);
        Assert.Equal(Rule.SupervisorNotAllowed, Assert.Throws<RuleBrokenException>(() => coach.AllocateSupportingMentor(Profile(Guid.NewGuid()))).Rule);
        Assert.Null(coach.SupportingMentorId);
    }

    [Fact]
    public void A_qualification_is_achieved_after_its_first_assignment()
    {
        var qualification = new Qualification { Level = QualificationLevel.Ilm3, Status = QualificationStatus.InTraining };
        var first = new DateOnly(2025, 1, 10);

        qualification.RecordProgress(QualificationStatus.Achieved, first, first);
        Assert.Equal(first, qualification.AchievedOn);

        Assert.Equal(Rule.QualificationDatesInconsistent,
            Assert.Throws<RuleBrokenException>(() => qualification.RecordProgress(QualificationStatus.Achieved, first, first.AddDays(-1))).Rule);
        Assert.Equal(Rule.QualificationDatesInconsistent,
            Assert.Throws<RuleBrokenException>(() => qualification.RecordProgress(QualificationStatus.InTraining, first, first)).Rule);
    }
}
