using System.Globalization;
using Xunit;
using Zicht.Features.Bench;
using Zicht.Features.Dashboard;
using Zicht.Features.Outcomes;
using Zicht.Features.Trajectories;
using Zicht.Tests.Features.Trajectories;

namespace Zicht.Tests.Features.Bench;

/// <summary>
/// The benchmark's DuckDB survival query computes the figure Zicht computes: on the same generated rows,
/// imported into Zicht and loaded into DuckDB, every group has the same n, events, censored and
/// Kaplan–Meier quantiles, and the same cumulative incidence (to rounding of the sums' order).
/// </summary>
public class SurvivalReferenceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DuckDB_reference_gives_Zichts_survival_figures_per_group()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        var csv = Path.Combine(Path.GetTempPath(), $"zicht-survival-{Guid.NewGuid():N}.csv");
        try
        {
            await using (var writer = new StreamWriter(csv))
            {
                BenchDataset.Write(writer, 2500, seed: 3);
            }
            await using var db = scratch.Open();
            using (var reader = new StreamReader(csv))
            {
                var outcome = await new TrajectoryImport(db, TimeProvider.System).ImportAsync(reader, "bench.csv", true, null, Ct);
                Assert.True(outcome.Accepted, string.Join("\n", outcome.Problems));
            }
            var survival = new SurvivalQueries(db, new FigureQueries(db));
            var (duck, _) = await DuckDbReference.LoadAsync(csv, Ct);
            await using (duck)
            {
                var compared = 0;
                // The benchmark's as-of (after every date) and one in the middle of the data (as-of rules in play).
                foreach (var asOf in new[] { BenchFigures.SurvivalAsOf, new DateOnly(2020, 6, 30) })
                {
                    foreach (var indicator in new[] { SurvivalDefinition.Trajectory, SurvivalDefinition.Indicators[2], "adult_safety_plan", "child_safety_plan" })
                    {
                        foreach (var filter in new[] { new FigureFilter(), BenchFigures.Period, BenchFigures.MidMonthPeriod })
                        {
                            foreach (var level in new[] { FigureLevel.Organisation, FigureLevel.Region, FigureLevel.Team, FigureLevel.Worker })
                            {
                                var zicht = (await survival.RowsAsync(FigureLevels.Code(level), indicator, filter, asOf, Ct)).Where(r => r.N > 0).ToList();
                                var reference = (await duck.RowsAsync(DuckDbReference.Survival(level, filter, indicator, asOf), Ct))
                                    .ToDictionary(r => (string)r[0]!, StringComparer.Ordinal);
                                var what = $"{level} {indicator} {asOf} {filter.From}";
                                Assert.Equal(zicht.Select(r => r.Group).Order(StringComparer.Ordinal), reference.Keys.Order(StringComparer.Ordinal));
                                foreach (var row in zicht)
                                {
                                    var r = reference[row.Group];
                                    Assert.Equal((row.N, row.Events, row.Censored), (Int(r[1]), Int(r[2]), Int(r[3])));
                                    Assert.Equal((row.MedianMonths, row.P25Months, row.P75Months), (Double(r[4]), Double(r[5]), Double(r[6])));
                                    Assert.True(Close(row.Cif6Percent, Double(r[7])) && Close(row.Cif12Percent, Double(r[8])),
                                        $"{what} {row.Group}: {row.Cif6Percent}/{row.Cif12Percent} vs {r[7]}/{r[8]}");
                                    compared++;
                                }
                            }
                        }
                    }
                }
                Assert.True(compared > 1000, $"only {compared} groups compared");
            }
        }
        finally
        {
            File.Delete(csv);
        }
    }

    private static int Int(object? value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);

    private static double? Double(object? value) => value is null ? null : Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private static bool Close(double? a, double? b) => a is null ? b is null : b is { } y && Math.Abs(a.Value - y) < 1e-9;
}
