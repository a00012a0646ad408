using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Zicht.Features.Trajectories;

/// <summary>A reason a row (or the header, line 1) cannot be imported.</summary>
public sealed record ImportProblem(int Line, string Column, string Value, string Reason)
{
    /// <summary>The command line's shape: <c>line N: column: reason</c>, with the offending value after it.</summary>
    public override string ToString() =>
        $"line {Line}: {Column}: {Reason}" + (Value.Length > 0 ? $" (value: \"{Value}\")" : "");
}

/// <summary>
/// Streams a trajectory file (../shared/formats/trajectories.md), yielding every row (bad ones with
/// <see cref="TrajectoryRecord.Valid"/> false) and adding a problem for every bad cell. Rules that need the database (structure names,
/// duplicates across the file) are checked by <see cref="TrajectoryImport"/>.
/// </summary>
public static class TrajectoryCsvReader
{
    public static CsvConfiguration Configuration => new(CultureInfo.InvariantCulture)
    {
        Delimiter = ",",
        TrimOptions = TrimOptions.Trim,
        BadDataFound = null,
        DetectColumnCountChanges = false,
    };

    public static IEnumerable<TrajectoryRecord> Read(TextReader text, List<ImportProblem> problems)
    {
        using var parser = new CsvParser(text, Configuration);
        if (!parser.Read())
        {
            problems.Add(new ImportProblem(1, "(header)", "", "the file is empty; the first line must name the columns"));
            yield break;
        }
        var columns = ReadHeader(parser.Record ?? [], problems);
        if (columns is null)
        {
            yield break;
        }
        var lastLine = parser.RawRow;
        while (parser.Read())
        {
            // A quoted cell may span lines: a record starts on the line after the previous one ended.
            var line = lastLine + 1;
            lastLine = parser.RawRow;
            var cells = parser.Record ?? [];
            if (cells.Length == 1 && cells[0].Length == 0)
            {
                continue; // a blank line, e.g. at the end of a hand-edited file
            }
            yield return ReadRow(line, cells, columns, problems);
        }
    }

    private static TrajectoryColumn[]? ReadHeader(string[] header, List<ImportProblem> problems)
    {
        var before = problems.Count;
        var columns = new TrajectoryColumn[header.Length];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            if (!TrajectoryFormat.ByName.TryGetValue(name, out var column))
            {
                problems.Add(new ImportProblem(1, name, name, "unknown column (check the spelling against the trajectory format)"));
                continue;
            }
            if (!seen.Add(column.Name))
            {
                problems.Add(new ImportProblem(1, column.Name, name, "the column appears twice"));
            }
            columns[i] = column;
        }
        foreach (var missing in TrajectoryFormat.Columns.Where(c => c.Required && !seen.Contains(c.Name)))
        {
            problems.Add(new ImportProblem(1, missing.Name, "", "required column is missing"));
        }
        return problems.Count == before ? columns : null;
    }

    private static TrajectoryRecord ReadRow(int line, string[] cells, TrajectoryColumn[] columns, List<ImportProblem> problems)
    {
        var before = problems.Count;
        if (cells.Length != columns.Length)
        {
            problems.Add(new ImportProblem(line, "(row)", "", $"has {cells.Length} cells where the header has {columns.Length}"));
            return new TrajectoryRecord { Line = line, Valid = false };
        }
        var record = new TrajectoryRecord { Line = line };
        for (var i = 0; i < cells.Length; i++)
        {
            var value = cells[i];
            if (value.Length == 0)
            {
                if (columns[i].Required)
                {
                    problems.Add(new ImportProblem(line, columns[i].Name, "", "required, but empty"));
                }
                continue;
            }
            if (columns[i].Read(record, value) is { } reason)
            {
                problems.Add(new ImportProblem(line, columns[i].Name, value, reason));
            }
        }
        var t = record.Values;
        var datesRead = !problems.Skip(before).Any(p => p.Column is "opened_on" or "closed_on");
        if (t.ClosedOn is { } closed && datesRead && closed < t.OpenedOn)
        {
            problems.Add(new ImportProblem(line, "closed_on", TrajectoryFormat.FormatDate(closed), "before opened_on"));
        }
        record.Valid = problems.Count == before;
        return record;
    }
}
