using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using FluentValidation;

namespace CoachRegister.Web.Features.CoachDirectory;

/// <summary>The directory's filters, bound from the query string so that a search can be shared and bookmarked.</summary>
public sealed class DirectorySearch
{
    public const int MaxTextLength = 200;

    public string? Q { get; set; }
    public Guid? Area { get; set; }
    public DeliveryFormat? Format { get; set; }
    public Guid? Organisation { get; set; }
    public string? Location { get; set; }
    public QualificationLevel? Qualification { get; set; }
    public bool Supervisor { get; set; }

    /// <summary>"all" includes practitioners who are full or not taking anyone; anything else shows those with places now.</summary>
    public string? Availability { get; set; }
    public int Page { get; set; } = 1;

    public bool IncludeFull => Availability == "all";

    /// <summary>
    /// The search without what cannot be searched for: a field that failed to bind or to validate is dropped on
    /// its own (the others are kept), and blank text counts as no text.
    /// </summary>
    public DirectorySearch Without(IReadOnlyCollection<string> invalidFields) => new()
    {
        Q = invalidFields.Contains(nameof(Q)) || string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(),
        Area = invalidFields.Contains(nameof(Area)) ? null : Area,
        Format = invalidFields.Contains(nameof(Format)) || Format is DeliveryFormat.None ? null : Format,
        Organisation = invalidFields.Contains(nameof(Organisation)) ? null : Organisation,
        Location = invalidFields.Contains(nameof(Location)) || string.IsNullOrWhiteSpace(Location) ? null : Location.Trim(),
        Qualification = invalidFields.Contains(nameof(Qualification)) ? null : Qualification,
        Supervisor = !invalidFields.Contains(nameof(Supervisor)) && Supervisor,
        Availability = IncludeFull ? "all" : null,
        Page = invalidFields.Contains(nameof(Page)) || Page < 1 ? 1 : Page,
    };

    /// <summary>The filters as route values (page excluded) for pagination links.</summary>
    public Dictionary<string, string> ToRouteValues(int page)
    {
        var values = new Dictionary<string, string>();
        Add(values, "q", Q);
        Add(values, "area", Area?.ToString());
        Add(values, "format", Format?.ToString());
        Add(values, "organisation", Organisation?.ToString());
        Add(values, "location", Location);
        Add(values, "qualification", Qualification?.ToString());
        Add(values, "supervisor", Supervisor ? "true" : null);
        Add(values, "availability", IncludeFull ? "all" : null);
        if (page > 1)
        {
            values["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return values;
    }

    private static void Add(Dictionary<string, string> values, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            values[key] = value;
        }
    }
}

/// <summary>
/// Holds no state: the messages are looked up when a search fails, in the language of that request, so one
/// instance serves every request (<see cref="Infrastructure.Validation.StatelessValidatorAttribute"/>).
/// </summary>
[Infrastructure.Validation.StatelessValidator]
public sealed class DirectorySearchValidator : AbstractValidator<DirectorySearch>
{
    public DirectorySearchValidator(Microsoft.Extensions.Localization.IStringLocalizer<Register.RegisterText> t)
    {
        RuleFor(s => s.Q).MaximumLength(DirectorySearch.MaxTextLength)
            .WithMessage(_ => t["Search words must be {0} characters or fewer", DirectorySearch.MaxTextLength]);
        RuleFor(s => s.Location).MaximumLength(DirectorySearch.MaxTextLength)
            .WithMessage(_ => t["Location must be {0} characters or fewer", DirectorySearch.MaxTextLength]);
        RuleFor(s => s.Format).IsInEnum().WithMessage(_ => t["Select a format from the list"]);
        RuleFor(s => s.Qualification).IsInEnum().WithMessage(_ => t["Select a qualification from the list"]);
        RuleFor(s => s.Page).InclusiveBetween(1, 100_000).WithMessage(_ => t["Page must be a number from 1"]);
    }
}
