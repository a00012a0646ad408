using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace Zicht.Features.Dashboard;

/// <summary>
/// A figure export in the exact shape of exports.md: header, then cells. Suppressed rows keep their
/// level, group and indicator and leave every figure empty. Written as CSV (one decimal, '.' separator)
/// or XLSX (numbers as numbers, rounded the same way).
/// </summary>
public sealed record FigureTable(string FileName, string[] Header, List<object?[]> Rows)
{
    public static FigureTable Breadth(IEnumerable<BreadthRow> rows) => new("breadth",
        ["level", "group", "indicator", "denominator", "numerator", "percent", "suppressed"],
        rows.Select(r => r.Suppressed
            ? new object?[] { r.Level, r.Group, r.Indicator, null, null, null, true }
            : [r.Level, r.Group, r.Indicator, r.Denominator, r.Numerator, r.Percent, false]).ToList());

    public static FigureTable Durations(IEnumerable<DurationRow> rows) => new("durations",
        ["level", "group", "indicator", "n", "mean_months", "median_months", "min_months", "max_months", "over_threshold_percent", "suppressed"],
        rows.Select(r => r.Suppressed
            ? new object?[] { r.Level, r.Group, r.Indicator, null, null, null, null, null, null, true }
            : [r.Level, r.Group, r.Indicator, r.N, r.MeanMonths, r.MedianMonths, r.MinMonths, r.MaxMonths, r.OverThresholdPercent, false]).ToList());

    public static FigureTable Counts(IEnumerable<CountsRow> rows) => new("counts",
        ["level", "group", "trajectories", "closed", "mean_network_members", "mean_network_meetings", "crisis_before", "crisis_after", "suppressed"],
        rows.Select(r => r.Suppressed
            ? new object?[] { r.Level, r.Group, null, null, null, null, null, null, true }
            : [r.Level, r.Group, r.Trajectories, r.Closed, r.MeanNetworkMembers, r.MeanNetworkMeetings, r.CrisisBefore, r.CrisisAfter, false]).ToList());

    /// <summary>One decimal, half away from zero (as people round by hand), never "-0.0".</summary>
    /// <summary>On screen, a figure in the reader's own format ("7,6" in Dutch); downloads keep <see cref="Cell"/>'s invariant one.</summary>
    public static string Shown(double? value) => value is { } d ? Round(d).ToString("0.0", CultureInfo.CurrentCulture) : "";

    /// <summary>A share on screen: "84,0 %" in Dutch (Belgian usage: a space before the sign), "84.0%" in English.</summary>
    public static string ShownPercent(double? value) =>
        value is null ? "" : Shown(value) + (CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "nl" ? "\u00a0%" : "%");

    public static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero) + 0.0;

    public static string Cell(object? value) => value switch
    {
        null => "",
        double d => Round(d).ToString("0.0", CultureInfo.InvariantCulture),
        int n => n.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        // Group names come from imported files: a leading = + - @ is escaped so a spreadsheet never runs
        // it as a formula. Only text cells: CsvHelper's own escaping would also hit negative months.
        string text when text.Length > 0 && "=+-@\t\r".Contains(text[0]) => "'" + text,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    public void WriteCsv(TextWriter text)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ",", NewLine = "\n" };
        using var csv = new CsvWriter(text, config, leaveOpen: true);
        foreach (var name in Header)
        {
            csv.WriteField(name);
        }
        csv.NextRecord();
        foreach (var row in Rows)
        {
            foreach (var cell in row)
            {
                csv.WriteField(Cell(cell));
            }
            csv.NextRecord();
        }
    }

    public void WriteXlsx(Stream stream)
    {
        var sheet = Rows.Select(row =>
        {
            var line = new Dictionary<string, object?>();
            for (var i = 0; i < Header.Length; i++)
            {
                line[Header[i]] = row[i] switch { double d => Round(d), bool b => b ? "true" : "false", var v => v };
            }
            return line;
        }).ToList();
        stream.SaveAs(sheet, sheetName: FileName, excelType: ExcelType.XLSX);
    }
}
