using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Matching;

/// <summary>A sentence to show in the reader's language: the English key and the values it takes.</summary>
public sealed record Phrase(string Key, params object[] Args)
{
    public string In(IStringLocalizer t) => t[Key, Args].Value;
}
