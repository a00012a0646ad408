namespace Zicht.Features.ProcessTeams;

/// <summary>
/// When a case is due for its next process team (domain.md §3): the first before the first contact
/// (so as soon as the case is referred), then 6 weeks and 65 days after referral, then every 6 months
/// (the MaNo review). Each is counted from the last one held (decision 060): held on time, that is the
/// seed's cadence; held late, the next one is not already overdue the day it is held.
/// </summary>
public static class ProcessTeamCadence
{
    public static DateOnly NextDue(DateOnly referredOn, IReadOnlyCollection<DateOnly> held)
    {
        var count = held.Count;
        return count switch
        {
            0 => referredOn,
            1 => Max(held).AddDays(42),
            2 => Max(held).AddDays(65 - 42),
            _ => Max(held).AddMonths(6),
        };
    }

    public static string DueLabel(int heldCount) => heldCount switch
    {
        0 => "Before the first contact",
        1 => "After 6 weeks",
        2 => "After 65 days",
        _ => "Six-monthly review",
    };

    private static DateOnly Max(IEnumerable<DateOnly> dates) => dates.Max();
}
