using CoachRegister.Domain.Common;
using CoachRegister.Domain.Confidentiality;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;

namespace CoachRegister.Domain.Tests.Register;

public class CoachProfileTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Hr = Guid.NewGuid();
    private static readonly Scheme Scheme = new() { Name = "Hub", Code = "HUB", MaxCoachees = 8, MaxCoacheesWhileDeveloping = 4 };

    private static CoachProfile Ready() => new()
    {
        PersonId = Guid.NewGuid(),
        SchemeId = Scheme.Id,
        Status = ProfileStatus.Draft,
        Bio = "Twenty years in adult social care",
        Formats = DeliveryFormat.Video,
        Areas = [new CoachingArea { Name = "Leadership" }],
    };

    private static CoachProfile Published()
    {
        var profile = Ready();
        profile.Publish(Scheme, profile.PersonId, At);
        return profile;
    }

    private static Rule Broken(Action change) => Assert.Throws<RuleBrokenException>(change).Rule;

    [Fact]
    public void An_accepted_application_makes_a_draft_profile_with_its_answers()
    {
        var application = CoachApplication.Start(Guid.NewGuid(), Scheme.Id, null, At);
        application.Offers = OfferType.Both;
        application.ExperienceAndSkills = "Team leader";
        application.Areas.Add(new CoachingArea { Name = "Managing change" });
        application.Qualifications.Add(new ApplicationQualification { Level = QualificationLevel.Ilm3, Status = QualificationStatus.InTraining });

        var profile = CoachProfile.CreateFrom(application, Scheme, At);

        Assert.Equal(ProfileStatus.Draft, profile.Status);
        Assert.Equal((application.ApplicantId, OfferType.Both, "Team leader"), (profile.PersonId, profile.Offers, profile.Experience));
        Assert.Equal(QualificationStatus.InTraining, Assert.Single(profile.Qualifications).Status);
        Assert.Equal(2, profile.Capacity);
        Assert.Single(profile.Areas);
    }

    [Fact]
    public void Publishing_a_ready_draft_shows_it_and_counts_as_confirming_it()
    {
        var profile = Published();

        Assert.Equal(ProfileStatus.Published, profile.Status);
        Assert.Equal(new DateOnly(2026, 12, 1), profile.LastConfirmedOn);
        Assert.Equal((ProfileStatus.Draft, ProfileStatus.Published), (profile.History[0].From, profile.History[0].To));
        Assert.Equal(RecordState.Published, profile.AccessState);
    }

    [Fact]
    public void A_draft_without_bio_formats_or_areas_is_not_published()
    {
        var noBio = Ready();
        noBio.Bio = " ";
        var noFormats = Ready();
        noFormats.Formats = DeliveryFormat.None;
        var noAreas = Ready();
        noAreas.Areas.Clear();

        foreach (var profile in new[] { noBio, noFormats, noAreas })
        {
            Assert.Equal(Rule.ProfileNotReady, Broken(() => profile.Publish(Scheme, profile.PersonId, At)));
            Assert.Equal(ProfileStatus.Draft, profile.Status);
        }
    }

    [Fact]
    public void Only_a_draft_is_published()
    {
        var profile = Published();

        Assert.Equal(Rule.ProfileNotDraft, Broken(() => profile.Publish(Scheme, profile.PersonId, At)));
    }

    [Fact]
    public void Only_a_published_profile_is_confirmed_as_still_current()
    {
        var profile = Published();
        profile.ConfirmCurrent(At.AddDays(40));
        Assert.Equal(new DateOnly(2027, 1, 10), profile.LastConfirmedOn);

        Assert.Equal(Rule.ProfileNotPublished, Broken(() => Ready().ConfirmCurrent(At)));
        profile.Pause("Supervision overdue", Hr, At);
        Assert.Equal(Rule.ProfileNotPublished, Broken(() => profile.ConfirmCurrent(At)));
    }

    [Fact]
    public void Pausing_hides_the_profile_and_un_pausing_returns_it_to_what_it_was()
    {
        var published = Published();
        published.Pause("Supervision overdue", Hr, At);
        Assert.Equal((ProfileStatus.Paused, "Supervision overdue"), (published.Status, published.PausedReason!));
        Assert.Equal(RecordState.Paused, published.AccessState);
        published.Unpause(Hr, At.AddDays(1));
        Assert.Equal(ProfileStatus.Published, published.Status);
        Assert.Null(published.PausedReason);

        var draft = Ready();
        draft.Pause("Checking references", Hr, At);
        draft.Unpause(Hr, At);
        Assert.Equal(ProfileStatus.Draft, draft.Status);
    }

    [Fact]
    public void Pausing_again_changes_only_the_reason_and_keeps_what_to_return_to()
    {
        var profile = Published();
        profile.Pause("First", Hr, At);
        profile.Pause("Second", Hr, At.AddDays(1));

        Assert.Equal("Second", profile.PausedReason);
        Assert.Equal(ProfileStatus.Published, profile.StatusBeforePause);
        Assert.Equal(2, profile.History.Count);
    }

    [Fact]
    public void A_profile_paused_before_its_previous_status_was_kept_goes_back_to_published_only_if_it_could_be()
    {
        var ready = Ready();
        ready.Status = ProfileStatus.Paused;
        var unready = Ready();
        unready.Status = ProfileStatus.Paused;
        unready.Formats = DeliveryFormat.None;

        ready.Unpause(Hr, At);
        unready.Unpause(Hr, At);

        Assert.Equal(ProfileStatus.Published, ready.Status);
        Assert.Equal(ProfileStatus.Draft, unready.Status);
    }

    [Fact]
    public void Only_a_paused_profile_is_un_paused() =>
        Assert.Equal(Rule.ProfileNotPaused, Broken(() => Published().Unpause(Hr, At)));

    [Theory]
    [InlineData(0, false, false)]
    [InlineData(1, false, true)]
    [InlineData(8, false, true)]
    [InlineData(9, false, false)]
    [InlineData(4, true, true)]
    [InlineData(5, true, false)]
    public void Capacity_stays_within_the_schemes_bounds(int capacity, bool inTraining, bool allowed)
    {
        var profile = Ready();

        if (allowed)
        {
            profile.SetCapacity(capacity, Scheme, inTraining);
            Assert.Equal(capacity, profile.Capacity);
        }
        else
        {
            Assert.Equal(Rule.CapacityOutOfBounds, Broken(() => profile.SetCapacity(capacity, Scheme, inTraining)));
        }
    }

    [Fact]
    public void A_coach_without_ilm5_or_a_passed_interview_cannot_publish_but_a_mentor_can()
    {
        var coach = Ready();
        coach.Offers = OfferType.Coaching;
        coach.Qualifications.Add(new Qualification { Level = QualificationLevel.Ilm5, Status = QualificationStatus.InTraining });

        Assert.Equal(Rule.CoachQualificationNeeded, Broken(() => coach.Publish(Scheme, Hr, At)));
        Assert.Equal(ProfileStatus.Draft, coach.Status);

        coach.Qualifications[0].Status = QualificationStatus.Achieved;
        coach.Publish(Scheme, Hr, At);
        var mentor = Ready();
        mentor.Offers = OfferType.Mentoring;
        mentor.Publish(Scheme, Hr, At);
        Assert.Equal((ProfileStatus.Published, ProfileStatus.Published), (coach.Status, mentor.Status));
    }

    [Fact]
    public void Confirming_twice_on_one_day_changes_nothing_the_second_time()
    {
        var profile = Published();

        Assert.True(profile.ConfirmCurrent(At.AddDays(3)));
        var updated = profile.UpdatedAt;
        Assert.False(profile.ConfirmCurrent(At.AddDays(3).AddHours(2)));
        Assert.Equal(updated, profile.UpdatedAt);
    }

    [Fact]
    public void A_withdrawn_profile_is_kept_with_its_history_and_stays_withdrawn()
    {
        var profile = Published();
        profile.Pause("Leave", Hr, At);

        profile.Withdraw(Hr, At.AddDays(1));

        Assert.Equal(ProfileStatus.Withdrawn, profile.Status);
        Assert.Null(profile.PausedReason);
        Assert.Equal((ProfileStatus.Paused, ProfileStatus.Withdrawn), (profile.History[^1].From, profile.History[^1].To));
        Assert.Equal(Rule.ProfileWithdrawn, Broken(() => profile.Withdraw(Hr, At)));
        Assert.Equal(Rule.ProfileWithdrawn, Broken(() => profile.Pause("Again", Hr, At)));
        Assert.Equal(RecordState.Withdrawn, profile.AccessState);
    }
}
