using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CoachRegister.Web.Features.Matching;

/// <summary>A one-line confirmation shown after a redirect (post-redirect-get), already in the person's language.</summary>
public static class Notices
{
    public const string Key = "MatchingNotice";

    public static void Notice(this ITempDataDictionary tempData, string message) => tempData[Key] = message;
}
