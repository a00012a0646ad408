using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Features.Evaluations;

/// <summary>
/// Demo six-monthly evaluation reports (local demo mode only, called by the demo seeder): on the open cases of
/// consulent@demo older than half a year, the first report finalised on some, a draft on one, and the rest due,
/// so "Mijn werk" lists reports to write and the case shows earlier ones.
/// </summary>
public static class DemoEvaluations
{
    private static readonly Dictionary<string, string> Answers = new()
    {
        ["why"] = "Er is nog maatschappelijke noodzaak: de ruzies zijn minder, maar het netwerk draagt het plan nog niet alleen.",
        ["worries"] = "De gevaarsboodschap blijft: de kinderen kunnen gewond raken als de ouders ruzie maken.",
        ["going-well"] = "Oma en de buurvrouw zijn elke week betrokken; mama belt oma als het onrustig wordt.",
        ["needs"] = "Het veiligheidsplan samen met het netwerk opvolgen; een tweede netwerkberaad met papa erbij.",
        ["child"] = "Lotte vertelde met de drie huizen dat ze zich veilig voelt bij oma.",
        ["network"] = "Drie netwerkleden zijn geïnformeerd; oma zit het netwerk voor.",
        ["scales"] = "De scores stegen van 4 naar 6; papa scoort hoger dan de consulent, dat bespreken we.",
        ["expectations"] = "Er was nog geen woord- en beeldverhaal; gepland voor de volgende maand.",
        ["next"] = "Verder werken, met afbouw als het netwerk het plan drie maanden draagt.",
    };

    public static async Task SeedAsync(ZichtDb db, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var worker = await db.Users.Where(u => u.UserName == "consulent@demo").Select(u => new { u.Id, u.DisplayName }).FirstOrDefaultAsync(ct);
        if (worker is null)
        {
            return;
        }
        var cases = await db.Cases.IgnoreQueryFilters()
            .Where(c => c.ResponsibleWorkerId == worker.Id && c.ClosedOn == null && c.ReferralDate <= today.AddMonths(-EvaluationCadence.Months))
            .OrderBy(c => c.Reference).Select(c => new { c.Id, c.ReferralDate }).Take(8).ToListAsync(ct);
        foreach (var (c, i) in cases.Select((c, i) => (c, i)).Where(x => x.i % 2 == 0))
        {
            var (from, to) = EvaluationCadence.NextPeriod(c.ReferralDate, null);
            var report = new EvaluationReport { CaseId = c.Id, PeriodFrom = from, PeriodTo = to, CreatedByName = worker.DisplayName, CreatedAt = to.AddDays(-10).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) };
            report.SetAnswers(i == 2 ? Answers.Take(3).ToDictionary(a => a.Key, a => (string?)a.Value) : Answers.ToDictionary(a => a.Key, a => (string?)a.Value));
            if (i != 2)
            {
                (report.FinalisedOn, report.FinalisedByName) = (to.AddDays(-3) < today ? to.AddDays(-3) : today, worker.DisplayName);
            }
            db.Add(report);
        }
        await db.SaveChangesAsync(ct);
    }
}
