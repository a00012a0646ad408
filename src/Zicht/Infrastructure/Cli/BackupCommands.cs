using System.CommandLine;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Zicht.Data;

namespace Zicht.Infrastructure.Cli;

/// <summary>
/// `./zicht backup --out FILE` and `./zicht restore FILE`: a consistent copy of the whole database, uploads
/// and audit trail included (uploads live in it, decision 067). SQLite: <c>VACUUM INTO</c>, a consistent
/// snapshot while the app runs. PostgreSQL: <c>pg_dump --format=custom</c> and <c>pg_restore</c> (the client
/// tools of the server's major version must be on the PATH). Restore only fills an empty database.
/// The audit key is not in the backup and must not be: keep it apart (docs/operations.md).
/// </summary>
internal static class BackupCommands
{
    public static Command Backup()
    {
        var output = new Option<FileInfo>("--out") { Description = "The backup file to write (must not exist).", Required = true };
        var command = new Command("backup", "Write a consistent copy of the database (uploads and audit trail included) to a file.") { output };
        command.SetAction((parse, ct) => ZichtCli.WithServicesAsync("backup", async (sp, token) =>
        {
            var file = parse.GetValue(output)!.FullName;
            if (File.Exists(file))
            {
                await Console.Error.WriteLineAsync($"error: {file} exists; a backup never overwrites a file.");
                return 1;
            }
            var db = sp.GetRequiredService<ZichtDb>();
            if (db.IsPostgres)
            {
                var code = await PgToolAsync("pg_dump", db, ["--format=custom", "--no-owner", "--file", file], token);
                if (code != 0)
                {
                    return code;
                }
            }
            else
            {
                await db.Database.ExecuteSqlAsync($"VACUUM INTO {file}", token);
            }
            var lines = await db.AuditTrail.LongCountAsync(token);
            Console.WriteLine($"Backup written to {file} ({new FileInfo(file).Length} bytes, {lines} audit lines).");
            return 0;
        }, ct));
        return command;
    }

    public static Command Restore()
    {
        var input = new Argument<FileInfo>("file") { Description = "A file written by './zicht backup'." };
        var command = new Command("restore", "Restore a backup onto an empty database (the configured one).") { input };
        command.SetAction((parse, ct) => ZichtCli.WithServicesAsync("restore", async (sp, token) =>
        {
            var file = parse.GetValue(input)!;
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"error: backup file not found: {file.FullName}");
                return 2;
            }
            var db = sp.GetRequiredService<ZichtDb>();
            if ((await db.Database.GetAppliedMigrationsAsync(token)).Any())
            {
                await Console.Error.WriteLineAsync("error: the database is not empty; restore fills an empty database only.");
                return 1;
            }
            if (db.IsPostgres)
            {
                var code = await PgToolAsync("pg_restore", db, ["--no-owner", "--exit-on-error", file.FullName], token);
                if (code != 0)
                {
                    return code;
                }
            }
            else
            {
                var target = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
                await db.Database.CloseConnectionAsync();
                SqliteConnection.ClearAllPools();
                File.Copy(file.FullName, target, overwrite: true);
            }
            Console.WriteLine($"Restored {file.FullName}. Check it with './zicht verify-audit'.");
            return 0;
        }, ct));
        return command;
    }

    /// <summary>Runs pg_dump or pg_restore against the configured database; the password goes through the environment, never the command line.</summary>
    private static async Task<int> PgToolAsync(string tool, ZichtDb db, string[] args, CancellationToken ct)
    {
        var connection = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true };
        foreach (var arg in args.Concat(["--host", connection.Host ?? "localhost", "--port", connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--username", connection.Username ?? "postgres", "--dbname", connection.Database ?? ""]))
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["PGPASSWORD"] = connection.Password ?? "";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} could not be started (is the PostgreSQL client installed?).");
        var errors = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            await Console.Error.WriteLineAsync($"error: {tool} failed ({process.ExitCode}): {errors.Trim()}");
            return 5;
        }
        return 0;
    }
}
