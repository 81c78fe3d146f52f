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

    /// <summary>
    /// Runs <paramref name="work"/> in one reader's language: <paramref name="culture"/> as both the culture (dates,
    /// numbers) and the UI culture (text), then restores both. For what is made for someone other than the page's
    /// reader: a document, an e-mail, a file made in the background.
    /// </summary>
    public static async Task<T> ForReaderAsync<T>(CultureInfo culture, Func<Task<T>> work)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return await work();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
