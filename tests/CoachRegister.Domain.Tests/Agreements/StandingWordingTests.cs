using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;

namespace CoachRegister.Domain.Tests.Agreements;

public class StandingWordingTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Organisation = Guid.NewGuid();
    private static readonly Guid Hr = Guid.NewGuid();
    private const string Default = "Coaching is a confidential partnership.";

    private static StandingWording Wording(params WordingVersion[] versions) =>
        new(Organisation, WordingPassage.WhatCoachingIs, WordingLanguage.English, versions);

    [Fact]
    public void The_first_edit_is_version_one_and_records_who_and_when()
    {
        var wording = Wording();

        var first = wording.Edit(basedOn: 0, "  Coaching, our way.\r\n\r\nTwo paragraphs.  ", Hr, At, Default);

        Assert.NotNull(first);
        Assert.Equal(1, first.Version);
        Assert.Equal("Coaching, our way.\n\nTwo paragraphs.", first.Text);
        Assert.Equal(Hr, first.EditedById);
        Assert.Equal(At, first.EditedAt);
        Assert.Equal((Organisation, WordingPassage.WhatCoachingIs, WordingLanguage.English), (first.OrganisationId, first.Passage, first.Language));
        Assert.Same(first, wording.Current);
    }

    [Fact]
    public void Each_edit_adds_a_version_and_keeps_the_earlier_ones()
    {
        var wording = Wording();
        var first = wording.Edit(0, "One", Hr, At, Default)!;

        var second = wording.Edit(1, "Two", Hr, At.AddDays(1), Default)!;

        Assert.Equal(2, second.Version);
        Assert.Equal(["One", "Two"], wording.Versions.Select(v => v.Text));
        Assert.Equal("One", first.Text);
        Assert.Equal(2, wording.CurrentVersion);
    }

    [Fact]
    public void An_edit_from_an_older_version_is_refused_not_overwritten()
    {
        var saved = new WordingVersion { OrganisationId = Organisation, Passage = WordingPassage.WhatCoachingIs, Language = WordingLanguage.English, Version = 1, Text = "Theirs", EditedAt = At };
        var wording = Wording(saved);

        var broken = Assert.Throws<RuleBrokenException>(() => wording.Edit(basedOn: 0, "Mine", Hr, At, Default));

        Assert.Equal(Rule.WordingChangedMeanwhile, broken.Rule);
        Assert.Equal("Theirs", wording.Current!.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   \r\n ")]
    public void Wording_needs_some_text(string? text) =>
        Assert.Equal(Rule.WordingIncomplete, Assert.Throws<RuleBrokenException>(() => Wording().Edit(0, text, Hr, At, Default)).Rule);

    [Fact]
    public void Wording_longer_than_the_limit_is_refused() =>
        Assert.Equal(Rule.WordingIncomplete, Assert.Throws<RuleBrokenException>(() => Wording().Edit(0, new string('a', WordingVersion.MaxLength + 1), Hr, At, Default)).Rule);

    [Fact]
    public void Saving_the_text_already_in_force_makes_no_version()
    {
        var wording = Wording();

        Assert.Null(wording.Edit(0, Default + "\n", Hr, At, Default));
        Assert.Empty(wording.Versions);
        var first = wording.Edit(0, "Ours", Hr, At, Default)!;
        Assert.Null(wording.Edit(1, "Ours", Hr, At.AddHours(1), Default));
        Assert.Equal([first], wording.Versions);
    }

    [Fact]
    public void Only_the_versions_of_its_own_passage_language_and_organisation_count()
    {
        var welsh = new WordingVersion { OrganisationId = Organisation, Passage = WordingPassage.WhatCoachingIs, Language = WordingLanguage.Welsh, Version = 1, Text = "Cymraeg", EditedAt = At };
        var otherOrganisation = new WordingVersion { OrganisationId = Guid.NewGuid(), Passage = WordingPassage.WhatCoachingIs, Language = WordingLanguage.English, Version = 4, Text = "Elsewhere", EditedAt = At };

        var wording = Wording(welsh, otherOrganisation);

        Assert.Null(wording.Current);
        Assert.Equal(1, wording.Edit(0, "Ours", Hr, At, Default)!.Version);
    }

    [Fact]
    public void The_first_signature_keeps_the_words_printed_and_the_second_keeps_them()
    {
        var coach = new Person { GivenName = "Cari", FamilyName = "Coach", Email = "c@example.org" };
        var coachee = new Person { GivenName = "Sam", FamilyName = "Staff", Email = "s@example.org" };
        var agreement = Agreement.Draft(Guid.NewGuid(), new AgreementTerms(
            "Lead with confidence", null, null, null, 6, "Monthly", 60, DeliveryFormat.Video, null, null, null, null, null, false, null, null), At);
        var inForce = Wording().Edit(0, "Ours", Hr, At, Default)!;
        Assert.False(agreement.WordingFixed);

        agreement.Sign(coach, SignatoryRole.Coach, "Cari Coach", null, false, At,
            [new(inForce.Passage, inForce.Language, inForce.Text, inForce.Id), new(WordingPassage.Versions, WordingLanguage.English, "The default of the day", null)]);
        agreement.Sign(coachee, SignatoryRole.Coachee, "Sam Staff", null, false, At.AddDays(1), [new(WordingPassage.Versions, WordingLanguage.English, "Later", Guid.NewGuid())]);

        Assert.True(agreement.WordingFixed);
        Assert.Equal([(inForce.Id, "Ours"), (null, "The default of the day")], agreement.Wording.Select(w => (w.WordingVersionId, w.Text)));
        Assert.All(agreement.Wording, w => Assert.Equal(agreement.Id, w.AgreementId));
    }

    [Fact]
    public void Only_hr_of_the_scheme_edits_wording()
    {
        var parties = StandingWording.Parties(Guid.NewGuid());

        Assert.Equal(RecordKind.StandingWording, parties.Kind);
        Assert.Equal(Access.Write, AccessMatrix.For(parties.Kind, Relationship.HrAdmin));
        Assert.All(
            AccessMatrix.Columns.Where(c => c != Relationship.HrAdmin),
            c => Assert.Equal(Access.None, AccessMatrix.For(parties.Kind, c)));
    }
}
