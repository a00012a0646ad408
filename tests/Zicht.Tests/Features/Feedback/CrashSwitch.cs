using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Zicht.Tests.Features.Feedback;

/// <summary>
/// Simulates the server dying in the middle of a submission: once armed, the first command that
/// writes the response row fails after it has executed, inside the open transaction.
/// </summary>
public sealed class CrashSwitch : DbCommandInterceptor
{
    public string? ArmedFor { get; set; }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Trip(command);
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Trip(command);
        return base.NonQueryExecutedAsync(command, eventData, result, cancellationToken);
    }

    private void Trip(DbCommand command)
    {
        if (Environment.GetEnvironmentVariable("CRASH_DEBUG") is not null)
        {
            Console.WriteLine("CMD: " + command.CommandText.Replace('\n', ' '));
        }
        if (ArmedFor is { } marker && command.CommandText.Contains(marker, StringComparison.Ordinal))
        {
            ArmedFor = null;
            throw new IOException("Simulated crash in the middle of the transaction.");
        }
    }
}
