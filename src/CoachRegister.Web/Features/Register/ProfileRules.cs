using CoachRegister.Domain.Register;

namespace CoachRegister.Web.Features.Register;

public static class ProfileRules
{
    /// <summary>What a profile needs before staff can see it: something about the coach, their areas and formats.</summary>
    public static bool IsReadyToPublish(CoachProfile profile) =>
        !string.IsNullOrWhiteSpace(profile.Bio) && profile.Formats != DeliveryFormat.None && profile.Areas.Count > 0;
}
