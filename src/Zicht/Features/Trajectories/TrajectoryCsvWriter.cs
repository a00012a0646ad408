using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Zicht.Features.Trajectories;

/// <summary>Writes trajectories in the exchange format, every column in the order of the format file.</summary>
public sealed class TrajectoryCsvWriter : IDisposable
{
    private readonly CsvWriter _csv;

    public TrajectoryCsvWriter(TextWriter text)
    {
        _csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ",", NewLine = "\n" }, leaveOpen: true);
        foreach (var column in TrajectoryFormat.Columns)
        {
            _csv.WriteField(column.Name);
        }
        _csv.NextRecord();
    }

    public static void Write(TextWriter text, IEnumerable<TrajectoryRecord> records)
    {
        using var writer = new TrajectoryCsvWriter(text);
        foreach (var record in records)
        {
            writer.Write(record);
        }
    }

    public void Write(TrajectoryRecord record)
    {
        foreach (var column in TrajectoryFormat.Columns)
        {
            _csv.WriteField(column.Write(record) ?? "");
        }
        _csv.NextRecord();
    }

    public void Dispose() => _csv.Dispose();
}
