namespace Zicht.Features.Audit;

/// <summary>
/// The trail stores UTC; people read it in Belgian time (Europe/Brussels, summer time included), and a
/// period they pick is a period of their days, not of UTC days.
/// </summary>
public static class LocalTime
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public static DateTime Of(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Brussels);

    public static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Brussels);
}
