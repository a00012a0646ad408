using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Zicht.Features.Trajectories;

/// <summary>Writes trajectories in the exchange format, every column in the order of the format file.</summary>
public static class TrajectoryCsvWriter
{
    public static void Write(TextWriter text, IEnumerable<TrajectoryRecord> records)
    {
        using var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ",", NewLine = "\n" }, leaveOpen: true);
        foreach (var column in TrajectoryFormat.Columns)
        {
            csv.WriteField(column.Name);
        }
        csv.NextRecord();
        foreach (var record in records)
        {
            foreach (var column in TrajectoryFormat.Columns)
            {
                csv.WriteField(column.Write(record) ?? "");
            }
            csv.NextRecord();
        }
    }
}
