using CoachRegister.Web.Features.Matching;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoachRegister.Web.Features.RequestSupport;

/// <summary>The line manager's page: what they are asked to support, and their answer. Fields in page order.</summary>
public sealed class SupportPage
{
    public const decimal MinHours = 0.5m;
    public const decimal MaxHours = 40m;

    public bool? Supports { get; set; }
    public decimal? ProtectedHoursPerMonth { get; set; }
    public string? Comment { get; set; }

    [BindNever]
    public RequestSummary? Summary { get; set; }

    [BindNever]
    public bool AlreadyAnswered { get; set; }
}
