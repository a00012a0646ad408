using Microsoft.EntityFrameworkCore;
using Xunit;
using Zicht.Data;
using Zicht.Features.Dashboard;
using Zicht.Features.Trajectories;
using Zicht.Tests.Features.Trajectories;
using Org = Zicht.Kernel;

namespace Zicht.Tests.Features.Dashboard;

/// <summary>The SQL must give exactly what the definitions give over the same rows in memory.</summary>
public class FigureQueryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public sealed record Sample(List<Trajectory> Rows, Dictionary<Guid, string> TeamNames, Dictionary<Guid, string> RegionNames, Guid EmptyTeam);

    /// <summary>Two regions, three teams with trajectories, one team without; random gaps in every field.</summary>
    public static async Task<Sample> SeedAsync(ZichtDb db, int count = 300, int seed = 7)
    {
        var random = new Random(seed);
        var organisation = new Org.Organisation { Name = "OSD", Code = "OSD" };
        var ocj = new Org.Service { Code = "OCJ", Name = "OCJ", Organisation = organisation };
        var sdj = new Org.Service { Code = "SDJ", Name = "SDJ", Organisation = organisation };
        Org.Region[] regions = [new() { Name = "Limburg" }, new() { Name = "Antwerpen" }];
        Org.Team[] teams =
        [
            new() { Name = "Hasselt", Service = ocj, Region = regions[0] }, new() { Name = "Genk", Service = sdj, Region = regions[0] },
            new() { Name = "Mechelen", Service = ocj, Region = regions[1] }, new() { Name = "Lier", Service = ocj, Region = regions[1] },
        ];
        db.AddRange(organisation, ocj, sdj);
        db.AddRange(regions);
        db.AddRange(teams);
        await db.SaveChangesAsync(Ct);
        var rows = new List<Trajectory>();
        for (var i = 0; i < count; i++)
        {
            var team = teams[random.Next(3)];
            var opened = new DateOnly(2019, 1, 1).AddDays(random.Next(1500));
            DateOnly? Maybe(int p) => random.Next(100) < p ? opened.AddDays(random.Next(-100, 700)) : null;
            var t = new Trajectory
            {
                CaseRef = $"C{i}",
                OrganisationId = organisation.Id,
                ServiceId = team.ServiceId,
                RegionId = team.RegionId,
                TeamId = team.Id,
                Worker = random.Next(10) == 0 ? null : $"W{random.Next(8)}",
                OpenedOn = opened,
                ClosedOn = random.Next(3) == 0 ? null : opened.AddDays(random.Next(0, 900)),
                StartedInPlanB = random.Next(3) switch { 0 => null, 1 => true, _ => false },
                PlanB = random.Next(4) switch { 0 => null, 1 => PlanB.None, 2 => PlanB.Network, _ => PlanB.Residential },
                Placement = random.Next(6) switch { 0 => null, 1 => Placement.None, 2 => Placement.FamilyNetwork, 3 => Placement.SocialNetwork, 4 => Placement.Foster, _ => Placement.Residential },
                NetworkMembers = random.Next(4) == 0 ? null : random.Next(12),
                NetworkMeetings = random.Next(4) == 0 ? null : random.Next(6),
                CrisisBefore = random.Next(4) == 0 ? null : random.Next(3),
                CrisisAfter = random.Next(4) == 0 ? null : random.Next(3),
                AdultSafetyPlanOn = Maybe(60),
                ChildSafetyPlanOn = Maybe(40),
            };
            foreach (var step in TrajectorySteps.All)
            {
                step.Set(t, Maybe(random.Next(20, 90)));
            }
            rows.Add(t);
        }
        db.AddRange(rows);
        await db.SaveChangesAsync(Ct);
        db.ChangeTracker.Clear();
        return new(rows, teams.ToDictionary(t => t.Id, t => t.Name), regions.ToDictionary(r => r.Id, r => r.Name), teams[3].Id);
    }

    [Theory]
    [InlineData(FigureLevel.Team)]
    [InlineData(FigureLevel.Region)]
    [InlineData(FigureLevel.Worker)]
    [InlineData(FigureLevel.ClosingYear)]
    [InlineData(FigureLevel.Service)]
    [InlineData(FigureLevel.Organisation)]
    public async Task Sql_figures_equal_the_definitions_at_every_level(FigureLevel level)
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await using var db = scratch.Open();
        var sample = await SeedAsync(db);
        var queries = new FigureQueries(db);
        var filter = new FigureFilter();
        var groups = GroupInMemory(sample, level).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary();

        var breadth = await queries.BreadthAsync(level, filter, Ct);
        var expectedBreadth = groups.SelectMany(g => BreadthCounts.Of(g.Value).ToRows(FigureLevels.Code(level), g.Key)).ToList();
        Assert.NotEmpty(expectedBreadth);
        Assert.Equal(expectedBreadth, breadth.Where(r => groups.ContainsKey(r.Group)).ToList());

        var durations = await queries.DurationsAsync(level, filter, Ct);
        var expectedDurations = groups.SelectMany(g =>
        {
            var values = new DurationValues();
            g.Value.ForEach(values.Add);
            return values.ToRows(FigureLevels.Code(level), g.Key, 8);
        }).ToList();
        Assert.Equal(expectedDurations.Select(Rounded), durations.Where(r => groups.ContainsKey(r.Group)).Select(Rounded));

        var counts = await queries.CountsAsync(level, filter, Ct);
        var expectedCounts = groups.Select(g => CountsRow.Of(FigureLevels.Code(level), g.Key, g.Value)).ToList();
        Assert.Equal(expectedCounts.Select(Rounded), counts.Where(r => groups.ContainsKey(r.Group)).Select(Rounded));
    }

    [Fact]
    public async Task A_team_without_trajectories_is_listed_with_zero_cases()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await using var db = scratch.Open();
        await SeedAsync(db, count: 20);
        var lier = (await new FigureQueries(db).BreadthAsync(FigureLevel.Team, new FigureFilter(), Ct)).Where(r => r.Group == "Lier").ToList();
        Assert.Equal(21, lier.Count);
        Assert.All(lier, r => Assert.Equal((0, (double?)null), (r.Denominator, r.Percent)));
    }

    [Fact]
    public async Task Filters_select_by_service_status_and_period()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await using var db = scratch.Open();
        var sample = await SeedAsync(db);
        var (from, to) = (new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31));
        var filter = new FigureFilter { Service = "ocj", Status = TrajectoryStatus.Closed, From = from, To = to };
        var genk = sample.TeamNames.Single(t => t.Value == "Genk").Key;
        var expected = sample.Rows.Where(t => t.TeamId != genk && t.ClosedOn != null
            && ((t.OpenedOn >= from && t.OpenedOn <= to) || (t.ClosedOn >= from && t.ClosedOn <= to))).ToList();
        var counts = await new FigureQueries(db).CountsAsync(FigureLevel.Organisation, filter, Ct);
        Assert.Equal(expected.Count, Assert.Single(counts).Trajectories);
        Assert.True(expected.Count is > 10 and < 250);
    }

    private static Dictionary<string, List<Trajectory>> GroupInMemory(Sample s, FigureLevel level) => level switch
    {
        FigureLevel.Team => s.Rows.GroupBy(t => s.TeamNames[t.TeamId]).ToDictionary(g => g.Key, g => g.ToList()),
        FigureLevel.Region => s.Rows.GroupBy(t => s.RegionNames[t.RegionId]).ToDictionary(g => g.Key, g => g.ToList()),
        FigureLevel.Worker => s.Rows.Where(t => t.Worker != null).GroupBy(t => t.Worker!).ToDictionary(g => g.Key, g => g.ToList()),
        FigureLevel.ClosingYear => s.Rows.Where(t => t.ClosedOn != null).GroupBy(t => t.ClosedOn!.Value.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.ToList()),
        FigureLevel.Service => s.Rows.GroupBy(t => s.TeamNames[t.TeamId] == "Genk" ? "SDJ" : "OCJ").ToDictionary(g => g.Key, g => g.ToList()),
        _ => new() { ["OSD"] = s.Rows },
    };

    // SQL and C# may sum doubles in another order: compare what is reported (one decimal).
    private static string Rounded(DurationRow r) => string.Join(",", FigureTable.Durations([r]).Rows[0].Select(FigureTable.Cell));
    private static string Rounded(CountsRow r) => string.Join(",", FigureTable.Counts([r]).Rows[0].Select(FigureTable.Cell));
}
