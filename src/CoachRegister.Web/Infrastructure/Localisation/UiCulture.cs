using System.Globalization;

namespace CoachRegister.Web.Infrastructure.Localisation;

/// <summary>Localised text in a language other than the page's (an invite for its reader, a default in the language edited).</summary>
public static class UiCulture
{
    /// <summary>Runs <paramref name="work"/> with <paramref name="culture"/> as the UI culture, then restores the page's.</summary>
    public static T In<T>(CultureInfo culture, Func<T> work)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return work();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
