namespace CoachRegister.Web.Infrastructure.Forms;

/// <summary>A list page's place in its results, for the shared GOV.UK pagination partial.</summary>
public sealed record Pagination(int Current, int PageCount, Func<int, string> Link)
{
    public static int PageCountFor(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);
}
