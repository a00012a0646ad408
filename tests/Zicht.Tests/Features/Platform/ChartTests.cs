using System.Globalization;
using System.Text.RegularExpressions;
using Zicht.Infrastructure.Charts;

namespace Zicht.Tests.Features.Platform;

/// <summary>The server-rendered charts: a real date axis, a full legend, colours and shapes that stay apart, and Belgian numbers.</summary>
public class ChartTests
{
    private static T InDutch<T>(Func<T> work)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl-BE");
        try
        {
            return work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }

    private static double Luminance(string hex)
    {
        double Channel(int i)
        {
            var c = Convert.ToInt32(hex.Substring(1 + (2 * i), 2), 16) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return (0.2126 * Channel(0)) + (0.7152 * Channel(1)) + (0.0722 * Channel(2));
    }

    [Fact]
    public void Every_colour_has_three_to_one_contrast_on_white_and_every_series_its_own_marker()
    {
        Assert.All(ChartPalette.Colours, c => Assert.True(1.05 / (Luminance(c) + 0.05) >= 3, c));
        Assert.Equal(ChartPalette.Count, ChartPalette.Colours.Distinct().Count());
        var markers = Enumerable.Range(0, ChartPalette.Count).Select(i => Regex.Replace(ChartPalette.Marker(i, 10, 10), "#[0-9A-Fa-f]{6}", "")).ToList();
        Assert.Equal(ChartPalette.Count, markers.Distinct().Count());
    }

    [Fact]
    public void A_date_axis_places_dates_by_time_and_labels_years_quarters_months_or_weeks()
    {
        var years = TimeAxis.For(new DateOnly(2019, 3, 1), new DateOnly(2026, 6, 1));
        Assert.Equal(["2020", "2021", "2022", "2023", "2024", "2025", "2026"], years.Ticks.Select(t => t.Label));
        // Positions follow the calendar: 2020 is a leap year, so its tick spacing is wider than 2021's.
        var x = years.Ticks.Select(t => years.Scale(t.Value, 0, 1000)).ToList();
        Assert.True(x[1] - x[0] > x[2] - x[1]);

        var months = InDutch(() => TimeAxis.For(new DateOnly(2025, 11, 15), new DateOnly(2026, 4, 20)));
        Assert.Equal(5, months.Ticks.Count);
        Assert.StartsWith("dec", months.Ticks[0].Label);
        Assert.Contains("2026", months.Ticks[1].Label);

        var quarters = TimeAxis.For(new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31));
        Assert.Equal(8, quarters.Ticks.Count);

        var weeks = InDutch(() => TimeAxis.For(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 29)));
        Assert.Equal(["2 mrt", "9 mrt", "16 mrt", "23 mrt"], weeks.Ticks.Select(t => t.Label!.Replace(".", "")));
    }

    [Fact]
    public void Closing_years_sit_mid_year_with_a_grid_line_at_each_new_year_and_a_missing_year_keeps_its_width()
    {
        var axis = TimeAxis.Years(2021, 2024);

        Assert.Equal(["2021", "2022", "2023", "2024"], axis.Ticks.Where(t => t.Label is not null).Select(t => t.Label));
        Assert.Equal(5, axis.Ticks.Count(t => t.Grid));
        var x2021 = axis.Scale(TimeAxis.MidYear(2021), 0, 400);
        var x2023 = axis.Scale(TimeAxis.MidYear(2023), 0, 400);
        var x2024 = axis.Scale(TimeAxis.MidYear(2024), 0, 400);
        Assert.Equal(2 * (x2024 - x2023), x2023 - x2021, 0);
    }

    [Fact]
    public void A_line_chart_has_its_name_description_a_legend_entry_per_series_and_dutch_axis_labels()
    {
        var svg = InDutch(() => new LineChart("c", "Aandeel <per> jaar", "Beschrijving", TimeAxis.Years(2023, 2025), ChartAxis.Percent(),
        [
            new ChartSeries("Veiligheidsplan & netwerk", [new ChartPoint(TimeAxis.MidYear(2023), 40), new ChartPoint(TimeAxis.MidYear(2025), 84)]),
            new ChartSeries("Netwerkberaad", [new ChartPoint(TimeAxis.MidYear(2024), 10)]),
        ]).Render());

        Assert.StartsWith("<svg class=\"chart\" role=\"img\" aria-labelledby=\"c-title c-desc\"", svg);
        Assert.Contains("<title id=\"c-title\">Aandeel &lt;per&gt; jaar</title>", svg);
        Assert.Contains(">Veiligheidsplan &amp; netwerk</text>", svg);
        Assert.Contains(">Netwerkberaad</text>", svg);
        Assert.Contains(">25\u00a0%</text>", System.Net.WebUtility.HtmlDecode(svg));
        Assert.Contains(">2024</text>", svg);
        Assert.Contains(ChartPalette.Colours[1], svg);
        Assert.Contains("stroke-dasharray", svg);
        // Coordinates are written in the invariant culture, whatever the reader's language.
        Assert.DoesNotContain(",5", Regex.Match(svg, "<path d=\"[^\"]*\"").Value);
    }

    [Fact]
    public void A_dot_chart_draws_a_marker_per_value_and_nothing_for_a_hidden_one()
    {
        var svg = new DotChart("d", "Titel", "Beschrijving", ChartAxis.Percent(), ["Team A", "Team B"],
            [new DotRow("Stap 1", [50, null]), new DotRow("Stap 2", [25, 75])]).Render();

        // Two in the legend, three in the rows.
        Assert.Equal(5, Regex.Count(svg, "<circle|<rect x"));
        Assert.Contains(">Stap 2</text>", svg);
        Assert.Contains(">Team B</text>", svg);
    }

    [Fact]
    public void Percentages_are_written_the_belgian_way_in_dutch()
    {
        Assert.Equal("84,0\u00a0%", InDutch(() => ChartAxis.Percentage(84)));
        Assert.Equal("7,5", InDutch(() => ChartAxis.Number(7.5, 1)));
    }
}
