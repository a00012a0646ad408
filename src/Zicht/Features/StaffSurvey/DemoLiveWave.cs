using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Surveys;

namespace Zicht.Features.StaffSurvey;

/// <summary>
/// The demo's open staff-survey wave (local demo mode only, called by the demo seeder): the current instrument,
/// opened twelve days ago for every team and for staff without a team, answered already by six demo colleagues
/// through the ordinary ballot box, so a newcomer sees a live wave, can answer it part by part (consulent@demo has
/// not yet), and an administrator sees it filling up and can close it.
/// </summary>
public static class DemoLiveWave
{
    public const string Title = "Personeelsbevraging 2026";

    private static readonly string[] Answering = ["consulent2@demo", "consulent.gent@demo", "teamlead@demo", "coordinator@demo", "nieuw@demo", "regiostaf@demo"];

    public static async Task SeedAsync(ZichtDb db, CancellationToken ct)
    {
        var teams = await db.Teams.Select(t => t.Id).ToListAsync(ct);
        if (teams.Count == 0 || await db.Set<StaffWave>().AnyAsync(w => w.ClosedAt == null, ct))
        {
            return;
        }
        var instruments = new InstrumentStore(db);
        var wave = await new StaffWaves(db, instruments, TimeProvider.System).OpenAsync(Title, teams, includesStaffWithoutTeam: true, ct);
        wave.OpenedAt = DateTime.UtcNow.AddDays(-12);
        await db.SaveChangesAsync(ct);
        var (_, instrument) = await instruments.CurrentAsync("staff", ct);
        var staff = await db.Users.Where(u => Answering.Contains(u.UserName!)).Select(u => new { u.UserName, u.Id }).ToListAsync(ct);
        var box = new StaffBallotBox(db, TimeProvider.System);
        foreach (var (person, i) in staff.OrderBy(s => s.UserName).Select((s, i) => (s, i)))
        {
            // Role 1 caseworker, 3 team lead, 4 regional staff; the barometer around the baseline's 6.
            var role = person.UserName switch { "teamlead@demo" or "coordinator@demo" => 3, "regiostaf@demo" => 4, _ => 1 };
            var agree = (3 + i % 3).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var answers = new Dictionary<string, string>
            {
                ["bg_role"] = role.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["bg_service"] = "1",
                ["bg_region"] = "1",
                ["barometer"] = (5 + i % 4).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["attitude"] = (6 + i % 4).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["learn01"] = agree,
                ["lead01"] = agree,
                ["barometer_not_higher"] = "Nog niet elk dossier heeft een netwerkberaad.",
            };
            await box.SubmitAsync(wave.Id, person.Id, instrument, answers, ct);
        }
    }
}
