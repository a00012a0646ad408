using Xunit;
using Zicht.Features.Dashboard;

namespace Zicht.Tests.Features.Dashboard;

public class FigureTableTests
{
    private static string Csv(FigureTable table)
    {
        var text = new StringWriter();
        table.WriteCsv(text);
        return text.ToString();
    }

    [Fact]
    public void Breadth_csv_has_the_exact_header_one_decimal_and_empty_percent_without_denominator()
    {
        BreadthRow[] rows =
        [
            new("team", "Team A", "step_01_internal_mapping", 3, 1, false),
            new("team", "Team A", "placement_in_network", 0, 0, false),
        ];
        Assert.Equal(
            "level,group,indicator,denominator,numerator,percent,suppressed\n"
            + "team,Team A,step_01_internal_mapping,3,1,33.3,false\n"
            + "team,Team A,placement_in_network,0,0,,false\n",
            Csv(FigureTable.Breadth(rows)));
    }

    [Fact]
    public void Suppressed_rows_keep_their_names_and_lose_every_figure()
    {
        var rows = Suppression.Apply([new BreadthRow("region", "Limburg", "step_12_network_meeting", 4, 2, false),
                                      new BreadthRow("region", "Antwerpen", "step_12_network_meeting", 5, 2, false)], minimum: 5);
        Assert.Equal(
            "level,group,indicator,denominator,numerator,percent,suppressed\n"
            + "region,Limburg,step_12_network_meeting,,,,true\n"
            + "region,Antwerpen,step_12_network_meeting,5,2,40.0,false\n",
            Csv(FigureTable.Breadth(rows)));
        var durations = Suppression.Apply([new DurationRow("team", "T", "trajectory", 4, 1, 1, 1, 1, 0, false)], 5);
        Assert.Equal("team,T,trajectory,,,,,,,true", Csv(FigureTable.Durations(durations)).Split('\n')[1]);
        var counts = Suppression.Apply([new CountsRow("team", "T", 4, 1, 2, 2, 0, 0, false)], 5);
        Assert.Equal("team,T,,,,,,,true", Csv(FigureTable.Counts(counts)).Split('\n')[1]);
        Assert.False(Suppression.Apply([new CountsRow("team", "T", 4, 1, 2, 2, 0, 0, false)], null)[0].Suppressed);
    }

    [Fact]
    public void Durations_and_counts_csv_columns_follow_the_format()
    {
        var durations = Csv(FigureTable.Durations([new DurationRow("closing_year", "2022", "trajectory", 2, 7.55, 7.55, -3.04, 22.0, 50, false)]));
        Assert.Equal("level,group,indicator,n,mean_months,median_months,min_months,max_months,over_threshold_percent,suppressed\n"
            + "closing_year,2022,trajectory,2,7.6,7.6,-3.0,22.0,50.0,false\n", durations);
        var counts = Csv(FigureTable.Counts([new CountsRow("service", "OCJ", 10, 4, 4.25, null, 3, 1, false)]));
        Assert.Equal("level,group,trajectories,closed,mean_network_members,mean_network_meetings,crisis_before,crisis_after,suppressed\n"
            + "service,OCJ,10,4,4.3,,3,1,false\n", counts);
    }

    [Fact]
    public void A_group_name_that_looks_like_a_formula_is_escaped_but_negative_numbers_are_not()
    {
        var csv = Csv(FigureTable.Durations([new DurationRow("team", "=HYPERLINK(1)", "trajectory", 1, -1, -1, -1, -1, 0, false)]));
        Assert.Contains("team,'=HYPERLINK(1),trajectory,1,-1.0,-1.0,-1.0,-1.0,0.0,false", csv);
    }

    [Fact]
    public void Xlsx_export_writes_a_workbook()
    {
        using var stream = new MemoryStream();
        FigureTable.Breadth([new BreadthRow("team", "Team A", "step_01_internal_mapping", 3, 1, false)]).WriteXlsx(stream);
        stream.Position = 0;
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, excelType: MiniExcelLibs.ExcelType.XLSX).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(33.3, Convert.ToDouble(Assert.Single(rows)["percent"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Team A", rows[0]["group"]);
    }
}
