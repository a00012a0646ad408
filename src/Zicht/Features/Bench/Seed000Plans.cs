using Zicht.Features.Trajectories;

namespace Zicht.Features.Bench;

/// <summary>Safety plans, steps and meetings of the seed-000 dataset, rising by closing year.</summary>
internal static class Seed000Plans
{
    private const int MinDays = -91; // -2.99 months: reported as -3.0
    private const int MaxDays = 670; // 22.01 months: reported as 22.0

    public static void Place(List<TrajectoryRecord> rows, Random random, int[] closedPerYear)
    {
        // Share with an adult plan per cohort 2021, 2022, 2023, open: 55%, 65%, 80%, 60%.
        double[] adultShare = [0.55, 0.65, 0.80, 0.60];
        double[] childShare = [0.30, 0.38, 0.45, 0.35];
        int[] meetings = [1, 2, 3, 2];
        var withPlan = new List<Trajectory>();
        for (var i = 0; i < rows.Count; i++)
        {
            var cohort = Cohort(i, closedPerYear);
            var t = rows[i].Values;
            t.NetworkMeetings = meetings[cohort] + random.Next(3);
            if (random.NextDouble() < adultShare[cohort])
            {
                withPlan.Add(t);
            }
            if (random.NextDouble() < childShare[cohort])
            {
                t.ChildSafetyPlanOn = t.OpenedOn.AddDays(random.Next(60, 400));
            }
            foreach (var step in TrajectorySteps.All)
            {
                if (random.Next(100) < 70)
                {
                    step.Set(t, t.OpenedOn.AddDays(random.Next(-60, 300)));
                }
            }
        }
        PlaceAdultPlans(withPlan, random);
    }

    private static int Cohort(int i, int[] closedPerYear) =>
        i < closedPerYear[0] ? 0 : i < closedPerYear[0] + closedPerYear[1] ? 1 : i < closedPerYear.Sum() ? 2 : 3;

    /// <summary>
    /// Draws months after the start, pins one plan at -3 and one at 22 months, then nudges the others a
    /// day at a time until the mean is exactly 7.6 months (as far as whole days allow), never past a
    /// closed trajectory's end.
    /// </summary>
    private static void PlaceAdultPlans(List<Trajectory> plans, Random random)
    {
        var limit = plans.Select(t => t.ClosedOn is { } c ? Math.Min(MaxDays, c.DayNumber - t.OpenedOn.DayNumber) : MaxDays).ToArray();
        var days = plans.Select((_, k) => Math.Min(limit[k], random.Next(-30, 450))).ToArray();
        var open = Enumerable.Range(0, plans.Count).Where(k => plans[k].ClosedOn is null).ToList();
        days[open[0]] = MinDays;
        days[open[1]] = MaxDays;
        var target = (long)Math.Round(Seed000Dataset.AdultPlanMeanMonths * Months() * plans.Count);
        var difference = target - days.Sum(d => (long)d);
        while (difference != 0)
        {
            var step = Math.Sign(difference);
            for (var k = 0; k < days.Length && difference != 0; k++)
            {
                if (k == open[0] || k == open[1] || days[k] + step <= MinDays || days[k] + step >= limit[k])
                {
                    continue;
                }
                days[k] += step;
                difference -= step;
            }
        }
        for (var k = 0; k < plans.Count; k++)
        {
            plans[k].AdultSafetyPlanOn = plans[k].OpenedOn.AddDays(days[k]);
        }
    }

    private static double Months() => Dashboard.Months.DaysPerMonth;
}
