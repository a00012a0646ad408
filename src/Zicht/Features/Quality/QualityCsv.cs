using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace Zicht.Features.Quality;

/// <summary>A reason a row (or the header, line 1) cannot be imported.</summary>
public sealed record QualityProblem(int Line, string Column, string Value, string Reason)
{
    /// <summary>The command line's shape: <c>line N: column: reason</c>, with the offending value after it.</summary>
    public override string ToString() => $"line {Line}: {Column}: {Reason}" + (Value.Length > 0 ? $" (value: \"{Value}\")" : "");
}

/// <summary>One data row of a quality file: its line and its cells by column name (lower case).</summary>
public sealed record CsvRow(int Line, IReadOnlyDictionary<string, string> Cells)
{
    public string this[string column] => Cells.TryGetValue(column, out var v) ? v : "";
}

/// <summary>
/// Reads the two files of formats/quality.md: UTF-8 (BOM accepted), comma-separated, RFC 4180 quoting,
/// header names case-insensitive, column order free, unknown columns an error. Cell rules are the
/// import's; this only gives rows, and a problem for every bad header.
/// </summary>
public static class QualityCsv
{
    public static readonly string[] SelfEvaluationColumns = ["organisation", "year", "department", "work_form", "domain", "level", "carried_over", "motivation"];
    public static readonly string[] SelfEvaluationRequired = ["organisation", "year", "department", "work_form", "domain", "level"];
    public static readonly string[] InspectionColumns = ["organisation", "year", "domain", "inspected_on", "confirmed", "higher_level_indicators", "remarks"];
    public static readonly string[] InspectionRequired = ["organisation", "year", "domain", "inspected_on", "confirmed", "higher_level_indicators"];

    public static List<CsvRow> Read(TextReader text, string[] known, string[] required, List<QualityProblem> problems)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ",", TrimOptions = TrimOptions.Trim, BadDataFound = null, DetectColumnCountChanges = false };
        using var parser = new CsvParser(text, config);
        var rows = new List<CsvRow>();
        if (!parser.Read())
        {
            problems.Add(new QualityProblem(1, "(header)", "", "the file is empty; the first line must name the columns"));
            return rows;
        }
        var header = (parser.Record ?? []).Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToArray();
        var before = problems.Count;
        foreach (var name in header.Where(h => !known.Contains(h)))
        {
            problems.Add(new QualityProblem(1, name, name, $"unknown column (the columns are: {string.Join(", ", known)})"));
        }
        foreach (var twice in header.GroupBy(h => h).Where(g => g.Count() > 1))
        {
            problems.Add(new QualityProblem(1, twice.Key, "", "the column appears twice"));
        }
        foreach (var missing in required.Where(r => !header.Contains(r)))
        {
            problems.Add(new QualityProblem(1, missing, "", "required column is missing"));
        }
        if (problems.Count > before)
        {
            return rows;
        }
        var lastLine = parser.RawRow;
        while (parser.Read())
        {
            var line = lastLine + 1;
            lastLine = parser.RawRow;
            var cells = parser.Record ?? [];
            if (cells.Length == 1 && cells[0].Length == 0)
            {
                continue;
            }
            if (cells.Length != header.Length)
            {
                problems.Add(new QualityProblem(line, "(row)", "", $"has {cells.Length} cells where the header has {header.Length}"));
                continue;
            }
            rows.Add(new CsvRow(line, header.Select((h, i) => (h, cells[i])).ToDictionary(x => x.h, x => x.Item2)));
        }
        return rows;
    }

    public static bool? Flag(string value) => value.Trim().ToLowerInvariant() switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    public static void Write(TextWriter text, string[] header, IEnumerable<string[]> rows)
    {
        using var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ",", NewLine = "\n" }, leaveOpen: true);
        foreach (var line in rows.Prepend(header))
        {
            foreach (var cell in line)
            {
                // Names come from imported files: a leading = + - @ is escaped so a spreadsheet never runs it.
                csv.WriteField(cell.Length > 0 && "=+-@\t\r".Contains(cell[0]) ? "'" + cell : cell);
            }
            csv.NextRecord();
        }
    }

    /// <summary>The same table as an XLSX sheet (numbers stay text exactly as in the CSV, so both files read alike).</summary>
    public static byte[] Xlsx(string sheet, string[] header, IEnumerable<string[]> rows)
    {
        var lines = rows.Select(r => header.Select((h, i) => (h, (object?)(int.TryParse(r[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : r[i])))
            .ToDictionary(x => x.h, x => x.Item2)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(lines, sheetName: sheet, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static byte[] Csv(string[] header, IEnumerable<string[]> rows)
    {
        using var text = new StringWriter();
        Write(text, header, rows);
        return System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(text.ToString())).ToArray();
    }
}
