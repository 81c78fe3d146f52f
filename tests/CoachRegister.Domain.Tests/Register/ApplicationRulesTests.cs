using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;

namespace CoachRegister.Domain.Tests.Register;

public class ApplicationRulesTests
{
    private static Scheme Scheme(bool references, bool practice) =>
        new() { Name = "S", Code = "S", RequiresReferences = references, RequiresPracticeDetails = practice };

    private static CoachApplication Complete() => new()
    {
        Offers = OfferType.Coaching,
        ExperienceAndSkills = "Ten years leading teams",
        Motivation = "To help others grow",
        Areas = [new CoachingArea { Name = "Leadership" }],
        QualificationsAnswered = true,
        References = [new ProfessionalReference { Name = "A" }, new ProfessionalReference { Name = "B" }],
        Practice = new PracticeDetails(),
        LineManagerId = Guid.NewGuid(),
        AgreesToExpectations = true,
        ConfirmsCodeOfEthics = true,
        ConfirmsSupervisionAndCpd = true,
        ConfirmsLineManagerRelease = true,
        ConfirmsDataProcessing = true,
    };

    [Fact]
    public void References_and_practice_pages_appear_only_where_the_scheme_asks_for_them()
    {
        Assert.DoesNotContain(ApplicationSection.References, ApplicationRules.SectionsFor(Scheme(false, false)));
        Assert.DoesNotContain(ApplicationSection.Practice, ApplicationRules.SectionsFor(Scheme(false, false)));
        Assert.Contains(ApplicationSection.References, ApplicationRules.SectionsFor(Scheme(true, false)));
        Assert.Contains(ApplicationSection.Practice, ApplicationRules.SectionsFor(Scheme(false, true)));
    }

    [Fact]
    public void A_complete_application_has_nothing_missing() =>
        Assert.Empty(ApplicationRules.MissingSections(Complete(), Scheme(true, true)));

    [Fact]
    public void One_reference_is_not_enough_where_references_are_required()
    {
        var application = Complete();
        application.References.RemoveAt(1);

        Assert.Equal([ApplicationSection.References], ApplicationRules.MissingSections(application, Scheme(true, false)));
        Assert.Empty(ApplicationRules.MissingSections(application, Scheme(false, false)));
    }

    [Fact]
    public void Every_confirmation_must_be_given()
    {
        var application = Complete();
        application.ConfirmsDataProcessing = false;

        Assert.Equal([ApplicationSection.Commitments], ApplicationRules.MissingSections(application, Scheme(false, false)));
    }

    [Fact]
    public void A_new_application_misses_every_section_of_its_scheme()
    {
        var missing = ApplicationRules.MissingSections(new CoachApplication(), Scheme(true, true));

        Assert.Equal(Enum.GetValues<ApplicationSection>(), missing);
    }

    [Theory]
    [InlineData(ApplicationStatus.Draft, true)]
    [InlineData(ApplicationStatus.AwaitingLineManager, false)]
    [InlineData(ApplicationStatus.Accepted, false)]
    public void Only_a_draft_is_editable(ApplicationStatus status, bool expected) =>
        Assert.Equal(expected, new CoachApplication { Status = status }.IsEditable);
}
