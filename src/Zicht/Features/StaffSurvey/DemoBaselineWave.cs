using System.Globalization;
using System.Text;
using Zicht.Data;
using Zicht.Features.Surveys;

namespace Zicht.Features.StaffSurvey;

/// <summary>
/// The demo's first staff-survey wave: the 2021 baseline that ran in LimeSurvey (143 answer sets),
/// written as a LimeSurvey export and read through the ordinary import. Its distributions are the
/// published ones (spec seed-figures §4.1, 4.3, 4.4): barometer n = 121, mean 6.00, 34.7% ≥ 7; attitude
/// n = 122; Tabel 9 tool use n = 99 (safety plan 98); knowing the implementation plan 63.6% agree.
/// </summary>
public static class DemoBaselineWave
{
    public const string Title = "Personeelsbevraging 2021 (LimeSurvey, nulmeting)";
    public const int Answers = 143;

    /// <summary>Counts per scale value 1, 2, 3 …; the rows they are spread over are the first ones.</summary>
    private static readonly (string Column, int[] Counts)[] Items =
    [
        ("attitude", [0, 2, 5, 9, 9, 22, 25, 27, 9, 14]),
        ("barometer", [0, 3, 0, 11, 23, 42, 27, 15, 0, 0]),
        // Tabel 9 in use6 order: standard, urgent only, depends, enough time, rarely, never.
        ("tools[tool1_use]", [0, 2, 51, 20, 21, 4]),
        ("tools[tool2_use]", [85, 0, 9, 4, 1, 0]),
        ("tools[tool3_use]", [26, 0, 54, 11, 5, 3]),
        ("tools[tool4_use]", [2, 1, 44, 20, 21, 11]),
        ("tools[tool5_use]", [41, 0, 41, 12, 4, 1]),
        ("tools[tool6_use]", [7, 1, 57, 14, 13, 7]),
        ("lead04", [8, 20, 23, 64, 25]),
        ("measurepr01", [5, 20, 32, 42, 3]),
        ("measurepr03", [2, 6, 12, 51, 32]),
    ];

    public static string Csv()
    {
        var columns = Items.Select(i => i.Column).ToList();
        var values = Items.Select((item, k) => Spread(item.Counts, k)).ToList();
        var csv = new StringBuilder("id,submitdate,lastpage,startlanguage,bg_role,bg_service,bg_region,")
            .AppendJoin(',', columns).Append('\n');
        for (var row = 0; row < Answers; row++)
        {
            // The 99 who answered the tool questions are caseworkers (80) and regional staff (19).
            var role = row < 80 ? 1 : row < 99 ? 4 : (row % 4) switch { 0 => 3, 1 => 5, 2 => 6, _ => 8 };
            csv.Append(CultureInfo.InvariantCulture, $"{row + 1},2021-03-{1 + (row % 28):00} 10:{row % 60:00}:00,12,nl,{role},{1 + (row % 2)},{1 + (row % 6)}");
            foreach (var v in values)
            {
                csv.Append(',').Append(row < v.Count ? v[row].ToString(CultureInfo.InvariantCulture) : "");
            }
            csv.Append('\n');
        }
        return csv.ToString();
    }

    /// <summary>The values of one item, count by count, rotated so items do not line up row by row.</summary>
    private static List<int> Spread(int[] counts, int rotation)
    {
        var values = counts.SelectMany((n, i) => Enumerable.Repeat(i + 1, n)).ToList();
        var shift = values.Count == 0 ? 0 : rotation * 7 % values.Count;
        return [.. values.Skip(shift), .. values.Take(shift)];
    }

    public static async Task SeedAsync(ZichtDb db, CancellationToken ct)
    {
        var outcome = await new BaselineImport(db, new InstrumentStore(db)).ImportAsync(new StringReader(Csv()), Title,
            new DateOnly(2021, 3, 1), new DateOnly(2021, 3, 31), ct);
        if (outcome.Problems.Count > 0)
        {
            throw new InvalidOperationException($"Demo baseline wave failed: {outcome.Problems[0]}");
        }
    }
}
