using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Features.StaffSurvey;
using Zicht.Features.Surveys;
using Zicht.Features.Surveys.Statistics;

namespace Zicht.Tests.Features.Outcomes;

/// <summary>A past staff-survey wave from a LimeSurvey export: all or nothing, and the demo's baseline reproduces the published figures.</summary>
public class BaselineImportTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    private Task<T> WithImportAsync<T>(Func<BaselineImport, StaffResults, Task<T>> work) => app.Data.WithDbAsync(async db =>
    {
        var instruments = new InstrumentStore(db);
        return await work(new BaselineImport(db, instruments), new StaffResults(db, instruments));
    });

    [Fact]
    public async Task A_limesurvey_export_with_semicolons_bracketed_codes_and_answer_codes_is_read()
    {
        const string csv = "id;submitdate;lastpage;bg_role;tools[tool2_use];barometer;barometer_not_lower\n1;2021-03-02 10:00:00;12;A1;A1;6;Tijd om samen te leren\n2;2021-03-03 11:00:00;12;4;3;;\n";

        var outcome = await WithImportAsync((import, _) => import.ImportAsync(new StringReader(csv), $"Test {Guid.NewGuid():N}", new(2021, 3, 1), new(2021, 3, 31), default));

        Assert.Empty(outcome.Problems);
        Assert.Equal(2, outcome.Responses);
        var answers = await app.Data.WithDbAsync(db => db.Set<StaffResponse>().Where(r => r.WaveId == outcome.WaveId).Select(r => r.Answers).ToListAsync());
        Assert.Contains(answers, a => a.Contains("\"tool2_use\":\"1\"", StringComparison.Ordinal) && a.Contains("Tijd om samen te leren", StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_bad_cell_stores_nothing_and_every_problem_names_line_and_column()
    {
        var title = $"Test {Guid.NewGuid():N}";
        const string csv = "id,bg_role,barometer,colour\n1,1,6,blue\n2,1,11,red\n3,9,x,green\n";

        var outcome = await WithImportAsync((import, _) => import.ImportAsync(new StringReader(csv), title, new(2021, 3, 1), new(2021, 3, 31), default));

        Assert.Null(outcome.WaveId);
        Assert.Contains("line 1: colour: not an item of the staff instrument (see docs/staff-survey-import.md)", outcome.Problems);
        Assert.Contains(outcome.Problems, p => p.StartsWith("line 3: barometer: 11 is not on the scale", StringComparison.Ordinal));
        Assert.Contains(outcome.Problems, p => p.StartsWith("line 4: bg_role: 9 is not on the scale", StringComparison.Ordinal));
        Assert.Contains("line 4: barometer: 'x' is not an answer code (a number, or A1, A2 …)", outcome.Problems);
        Assert.False(await app.Data.WithDbAsync(db => db.Set<StaffWave>().AnyAsync(w => w.Title == title)));
    }

    [Fact]
    public async Task The_demo_baseline_reproduces_the_published_barometer_attitude_and_tool_use()
    {
        var (barometer, attitude, tools) = await app.Data.WithDbAsync(async db =>
        {
            if (!await db.Set<StaffWave>().AnyAsync(w => w.Title == DemoBaselineWave.Title))
            {
                await DemoBaselineWave.SeedAsync(db, default);
            }
            var results = new StaffResults(db, new InstrumentStore(db));
            var wave = await db.Set<StaffWave>().SingleAsync(w => w.Title == DemoBaselineWave.Title);
            var data = (await results.LoadAsync(wave.Id))!;
            Distribution Of(string key) => StaffResults.ItemDistribution(data, data.Instrument.FindItem(key)!, 5)!;
            return (Of("barometer"), Of("attitude"), Enumerable.Range(1, 6).Select(i => Of($"tool{i}_use")).ToList());
        });

        Assert.Equal(121, barometer.N);
        Assert.Equal(6.0, barometer.Mean!.Value, 2);
        Assert.Equal(34.7, Math.Round(100 * (barometer.Share(7) + barometer.Share(8) + barometer.Share(9) + barometer.Share(10)), 1));
        Assert.Equal(0, barometer.Counts[9] + barometer.Counts[10]);
        Assert.Equal([0, 2, 5, 9, 9, 22, 25, 27, 9, 14], Enumerable.Range(1, 10).Select(v => attitude.Counts[v]));
        Assert.Equal(61.5, Math.Round(100 * Enumerable.Range(7, 4).Sum(attitude.Share), 1));
        // Tabel 9: 85.9% use the three columns as standard; 41.4% a network; 52.0% safety plans "depending on the case".
        Assert.Equal(85.9, Math.Round(100 * tools[1].Share(1), 1));
        Assert.Equal(41.4, Math.Round(100 * tools[4].Share(1), 1));
        Assert.Equal((98, 52.0), (tools[0].N, Math.Round(100 * tools[0].Share(3), 1)));
        Assert.Equal(2.0, Math.Round(100 * tools[3].Share(1), 1));
    }
}
