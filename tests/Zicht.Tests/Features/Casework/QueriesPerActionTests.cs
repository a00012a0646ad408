using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Zicht.Features.Mapping;

namespace Zicht.Tests.Features.Casework;

/// <summary>
/// What one user action costs the database: commands and transactions of the POST alone (the form's
/// GET is counted separately and taken off). The change, its audit lines and the derived trajectory row
/// are written in one transaction. The counts are printed for the note; the bounds keep them from growing.
/// </summary>
public class QueriesPerActionTests(ZichtApp app, ITestOutputHelper output) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task Adding_a_statement_a_score_and_a_meeting_each_write_in_one_transaction()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        var statement = await MeasureAsync(s, "mapping", new Dictionary<string, string>
        {
            ["Statement.Section"] = nameof(MappingSection.DangerStatement),
            ["Statement.Text"] = "Papa slaat als hij gedronken heeft",
            ["Statement.SaidBy"] = nameof(Speaker.Parent),
        }, "form[action*='AddStatement']");
        var score = await MeasureAsync(s, "schalen", new Dictionary<string, string>
        {
            ["Input.Score"] = "4",
            ["Input.ScorerName"] = "An",
            ["Input.ScorerRole"] = "Worker",
            ["Input.ScoredOn"] = "2026-04-01",
        }, "section[aria-labelledby='add-score'] form");
        var meeting = await MeasureAsync(s, "netwerk", new Dictionary<string, string>
        {
            ["Meeting.HeldOn"] = "2026-04-01",
            ["Meeting.Attendees"] = "mama, oma",
        }, "form[action*='handler=Meeting']");

        foreach (var (what, cost) in new[] { ("statement", statement), ("score", score), ("meeting", meeting) })
        {
            output.WriteLine($"{what}: {cost.Commands} commands, {cost.Transactions} write transaction(s)");
            Assert.Equal(1, cost.Transactions);
        }
        Assert.InRange(statement.Commands, 1, 8);
        Assert.InRange(score.Commands, 1, 8);
        Assert.InRange(meeting.Commands, 1, 14); // the meeting moves the trajectory row: its derivation reads the case's records
    }

    private async Task<(int Commands, int Transactions)> MeasureAsync(CaseworkSetup s, string page, Dictionary<string, string> form, string selector)
    {
        var get = await CountAsync(() => s.Client.GetPageAsync(s.Url(page)));
        var both = await CountAsync(() => s.Client.SubmitAsync(s.Url(page), form, selector));
        return (both.Commands - get.Commands, both.Transactions - get.Transactions);
    }

    private async Task<(int Commands, int Transactions)> CountAsync(Func<Task> action)
    {
        var database = await app.Data.WithDbAsync(db => Task.FromResult(db.Database.GetDbConnection().Database + db.Database.GetDbConnection().DataSource));
        using var counter = new Counter(database);
        await action();
        foreach (var text in counter.Texts)
        {
            output.WriteLine("  " + text);
        }
        return (counter.Commands, counter.Transactions);
    }

    /// <summary>Counts EF's executed commands and committed transactions on this test's database only.</summary>
    private sealed class Counter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _database;
        private readonly IDisposable _all;
        private readonly ConcurrentBag<IDisposable> _subscriptions = [];
        private int _commands;
        private int _transactions;

        public Counter(string database)
        {
            _database = database;
            _all = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public int Commands => _commands;
        public ConcurrentQueue<string> Texts { get; } = [];
        public int Transactions => _transactions;

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                _subscriptions.Add(listener.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            // Only payloads that carry their connection: asking the context for it here would raise more events.
            var connection = e.Value switch
            {
                CommandExecutedEventData c when e.Key == RelationalEventId.CommandExecuted.Name => c.Connection,
                TransactionEventData t when e.Key == RelationalEventId.TransactionCommitting.Name => t.Transaction.Connection,
                _ => null,
            };
            if (connection is null || connection.Database + connection.DataSource != _database)
            {
                return;
            }
            if (e.Key == RelationalEventId.CommandExecuted.Name)
            {
                Interlocked.Increment(ref _commands);
                Texts.Enqueue(((CommandExecutedEventData)e.Value!).Command.CommandText.ReplaceLineEndings(" ")[..Math.Min(90, ((CommandExecutedEventData)e.Value!).Command.CommandText.Length)]);
            }
            else if (e.Key == RelationalEventId.TransactionCommitting.Name)
            {
                Interlocked.Increment(ref _transactions);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _all.Dispose();
            foreach (var s in _subscriptions)
            {
                s.Dispose();
            }
        }
    }
}
