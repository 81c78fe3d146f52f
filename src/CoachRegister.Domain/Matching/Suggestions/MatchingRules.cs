namespace CoachRegister.Domain.Matching.Suggestions;

/// <summary>
/// A scheme's matching settings. The requester's scheme decides, also for coaches from partner schemes.
/// </summary>
public sealed record MatchingRules
{
    /// <summary>No same-service-area matches, any partner organisation allowed, the default weights.</summary>
    public static MatchingRules Default { get; } = new();

    /// <summary>
    /// Whether a coach from the requester's own service area may be matched. Off by default: the guidance
    /// (001 "Who can be a coach?") keeps coaching apart from the requester's own service.
    /// </summary>
    public bool AllowsSameServiceArea { get; init; }

    /// <summary>How the score treats a coach from another partner organisation than the requester's.</summary>
    public OtherOrganisationRule OtherOrganisation { get; init; } = OtherOrganisationRule.Allow;

    public MatchWeights Weights { get; init; } = MatchWeights.Default;
}

/// <summary>A scheme's view of coaches from another partner organisation; it moves the score, never eligibility.</summary>
public enum OtherOrganisationRule
{
    /// <summary>No points either way.</summary>
    Allow = 0,

    /// <summary>Adds <see cref="MatchWeights.OtherOrganisationPreferred"/> points.</summary>
    Prefer = 1,

    /// <summary>Takes away <see cref="MatchWeights.OtherOrganisationAvoided"/> points.</summary>
    Avoid = 2,
}

/// <summary>
/// The points each part of a match's score can earn: a scheme setting HR can change. Every weight is zero or
/// more. The defaults make a first choice worth a little more than a full fit of areas, so a requester's own
/// choice leads unless another coach fits clearly better, and keep format, organisation and load as tie-breakers:
/// <list type="table">
/// <item><term><see cref="AreasInCommon"/> = 40</term><description>all areas needed offered; a share for some (floor of 40 x offered / needed)</description></item>
/// <item><term><see cref="FirstChoice"/> = 50, <see cref="SecondChoice"/> = 35, <see cref="ThirdChoice"/> = 20</term><description>the requester named this coach</description></item>
/// <item><term><see cref="FormatFit"/> = 10</term><description>every wanted format offered (or none named); a share for some</description></item>
/// <item><term><see cref="OtherOrganisationPreferred"/> = 15, <see cref="OtherOrganisationAvoided"/> = 15</term><description>added or taken away under <see cref="OtherOrganisationRule"/></description></item>
/// <item><term><see cref="LoadSpreading"/> = 10</term><description>all places free; a share by places left over capacity</description></item>
/// </list>
/// </summary>
public sealed record MatchWeights
{
    public static MatchWeights Default { get; } = new();

    public int AreasInCommon { get; init => field = NotNegative(value); } = 40;

    public int FirstChoice { get; init => field = NotNegative(value); } = 50;

    public int SecondChoice { get; init => field = NotNegative(value); } = 35;

    public int ThirdChoice { get; init => field = NotNegative(value); } = 20;

    public int FormatFit { get; init => field = NotNegative(value); } = 10;

    public int OtherOrganisationPreferred { get; init => field = NotNegative(value); } = 15;

    public int OtherOrganisationAvoided { get; init => field = NotNegative(value); } = 15;

    public int LoadSpreading { get; init => field = NotNegative(value); } = 10;

    /// <summary>The points of a named choice (1, 2 or 3).</summary>
    public int ForChoice(int choice) => choice switch
    {
        1 => FirstChoice,
        2 => SecondChoice,
        3 => ThirdChoice,
        _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, "A choice is 1, 2 or 3."),
    };

    private static int NotNegative(int value) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A weight is zero or more.");
}
