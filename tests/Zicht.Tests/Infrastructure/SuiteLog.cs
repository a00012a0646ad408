using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Zicht.Tests.Infrastructure;

/// <summary>
/// Every log line the app writes during the suite, at the levels production logs (appsettings.json), kept
/// in memory (for tests that look for their own secrets) and appended to <c>ZICHT_SUITE_LOG</c> when set
/// (test.sh scans that file for passwords and link tokens after the run).
/// </summary>
public sealed class SuiteLog : ILoggerProvider
{
    private static readonly ConcurrentQueue<string> Recent = new();
    private static readonly object FileLock = new();
    private static readonly string? FilePath = Environment.GetEnvironmentVariable("ZICHT_SUITE_LOG");

    public static IReadOnlyCollection<string> Lines => Recent;

    public static void AddTo(ILoggingBuilder logging)
    {
        logging.AddProvider(new SuiteLog());
        // The production levels (src/Zicht/appsettings.json), whatever the test environment's console shows.
        logging.AddFilter<SuiteLog>(null, LogLevel.Information);
        logging.AddFilter<SuiteLog>("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter<SuiteLog>("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        logging.AddFilter<SuiteLog>("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", LogLevel.None);
        logging.AddFilter<SuiteLog>("Microsoft.AspNetCore.Antiforgery", LogLevel.Error);
    }

    public ILogger CreateLogger(string categoryName) => new Writer(categoryName);

    public void Dispose()
    {
    }

    internal static void Write(string line)
    {
        Recent.Enqueue(line);
        while (Recent.Count > 100_000 && Recent.TryDequeue(out _))
        {
        }
        if (FilePath is not null)
        {
            lock (FileLock)
            {
                File.AppendAllText(FilePath, line + "\n");
            }
        }
    }

    private sealed class Writer(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Write($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : " | " + exception)}");
    }
}
