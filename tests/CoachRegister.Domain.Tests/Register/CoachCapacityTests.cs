using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;

namespace CoachRegister.Domain.Tests.Register;

public class CoachCapacityTests
{
    private static readonly Scheme Scheme = new() { Name = "Primary care", Code = "PC", MaxCoachees = 8, MaxCoacheesWhileDeveloping = 4 };

    [Theory]
    [InlineData(false, 8)]
    [InlineData(true, 4)]
    public void The_maximum_is_lower_while_a_qualification_is_in_training(bool inTraining, int expected) =>
        Assert.Equal(expected, CoachCapacity.MaximumFor(Scheme, inTraining));

    [Theory]
    [InlineData(0, false, false)]
    [InlineData(1, false, true)]
    [InlineData(8, false, true)]
    [InlineData(9, false, false)]
    [InlineData(4, true, true)]
    [InlineData(5, true, false)]
    public void Capacity_must_lie_between_one_and_the_scheme_maximum(int capacity, bool inTraining, bool expected) =>
        Assert.Equal(expected, CoachCapacity.IsWithinBounds(capacity, Scheme, inTraining));

    [Theory]
    [InlineData(4, 0, 4)]
    [InlineData(4, 3, 1)]
    [InlineData(4, 4, 0)]
    [InlineData(2, 5, 0)]
    public void Places_left_never_go_below_zero(int capacity, int used, int expected) =>
        Assert.Equal(expected, CoachCapacity.PlacesLeft(capacity, used));

    [Theory]
    [InlineData(ProfileStatus.Published, true, 2, 1, true)]
    [InlineData(ProfileStatus.Published, true, 2, 2, false)]
    [InlineData(ProfileStatus.Published, false, 2, 0, false)]
    [InlineData(ProfileStatus.Paused, true, 2, 0, false)]
    [InlineData(ProfileStatus.Draft, true, 2, 0, false)]
    public void Has_places_now_needs_a_published_accepting_profile_with_a_free_place(
        ProfileStatus status, bool accepting, int capacity, int used, bool expected) =>
        Assert.Equal(expected, CoachCapacity.HasPlacesNow(status, accepting, capacity, used));
}
