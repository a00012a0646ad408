using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Zicht.Features.Surveys;

namespace Zicht.Features.StaffSurvey;

/// <summary>
/// Reads a past staff-survey wave exported from a survey tool (LimeSurvey's "CSV, answer codes") onto
/// the staff instrument's item codes (docs/staff-survey-import.md). Every bad cell is reported as
/// <c>line N: column: reason</c>; the caller stores nothing when there is any.
/// </summary>
public static class BaselineCsv
{
    /// <summary>LimeSurvey's own columns: read past, never stored (an IP address or referrer has no place here).</summary>
    public static readonly string[] ToolColumns = ["id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "ipaddr", "refurl", "token"];

    public sealed record Result(List<Dictionary<string, string>> Responses, List<string> Problems);

    public static Result Read(TextReader text, Instrument instrument)
    {
        var content = text.ReadToEnd();
        var firstLine = content.Split('\n', 2)[0];
        var delimiter = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ";" : ",";
        using var csv = new CsvReader(new StringReader(content), new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        });
        var problems = new List<string>();
        var responses = new List<Dictionary<string, string>>();
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            return new([], ["line 1: header: the file is empty"]);
        }
        var columns = header.Select(h => Column(h, instrument, problems)).ToArray();
        if (!columns.Any(c => c is not null))
        {
            problems.Add("line 1: header: no column is an item of the staff instrument");
        }
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var answers = new Dictionary<string, string>();
            for (var i = 0; i < columns.Length; i++)
            {
                if (columns[i] is not { } item || csv.GetField(i)?.Trim() is not { Length: > 0 } value)
                {
                    continue;
                }
                if (item.Kind == ItemKind.Open)
                {
                    answers[item.Key] = value;
                }
                else if (Code(value) is not { } code)
                {
                    problems.Add($"line {line}: {header[i]}: '{value}' is not an answer code (a number, or A1, A2 …)");
                }
                else if (instrument.ScaleOf(item).Point(code) is null)
                {
                    problems.Add($"line {line}: {header[i]}: {code} is not on the scale '{instrument.ScaleOf(item).Key}' ({string.Join(", ", instrument.ScaleOf(item).Points.Select(p => p.Value))})");
                }
                else
                {
                    answers[item.Key] = code.ToString(CultureInfo.InvariantCulture);
                }
            }
            if (answers.Count == 0)
            {
                problems.Add($"line {line}: (all): no answer in this row");
                continue;
            }
            responses.Add(answers);
        }
        if (responses.Count == 0 && problems.Count == 0)
        {
            problems.Add("line 2: (all): the file has no answers");
        }
        return new(responses, problems);
    }

    /// <summary>The item a header names: <c>barometer</c>, or LimeSurvey's <c>tools[tool1_use]</c> / <c>toolsSQ001</c> style with the code in brackets.</summary>
    private static Item? Column(string header, Instrument instrument, List<string> problems)
    {
        var name = header.Trim();
        if (ToolColumns.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }
        var open = name.IndexOf('[', StringComparison.Ordinal);
        var code = open >= 0 && name.EndsWith(']') ? name[(open + 1)..^1] : name;
        var item = instrument.FindItem(code);
        if (item is null)
        {
            problems.Add($"line 1: {name}: not an item of the staff instrument (see docs/staff-survey-import.md)");
        }
        return item;
    }

    private static int? Code(string value)
    {
        var digits = value.StartsWith('A') || value.StartsWith('a') ? value[1..] : value;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
