using CoachRegister.Web.Configuration;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Infrastructure.Calendar;

/// <summary>Session times are local times of the scheme's time zone; this turns them into instants and gives today's date there.</summary>
public sealed class SchemeClock(TimeProvider time, IOptions<CoachingOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone).DateTime);

    public DateTime ToLocal(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, _zone).DateTime;

    public DateTimeOffset At(DateOnly date, TimeOnly clock)
    {
        var local = date.ToDateTime(clock, DateTimeKind.Unspecified);
        if (_zone.IsInvalidTime(local))
        {
            // A time skipped when the clocks go forward: the same wall-clock time an hour later.
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, _zone.GetUtcOffset(local));
    }
}
