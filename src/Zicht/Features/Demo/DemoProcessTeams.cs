using Zicht.Features.ProcessTeams;
using Zicht.Kernel;

namespace Zicht.Features.Demo;

/// <summary>
/// Demo cases went to process teams as the cadence asks, mostly within a week of the date due; about a
/// quarter slipped after the first, so "Mijn werk" and the overdue page show a real mix, not every case late.
/// </summary>
public sealed partial class DemoSeeder
{
    private static readonly string[] ProcessTeamNotes =
    [
        "Eerste bespreking: wat weten we al, wie nodigen we eerst uit?",
        "Hoe ziet het netwerk eruit, wie kunnen we betrekken?",
        "Indicatiestelling: is het MaNo, wat zijn de veiligheidsdoelen?",
        "Opvolging van het veiligheidsplan met het netwerk.",
    ];

    private void AddProcessTeams(Case c, Random random, DateOnly today)
    {
        var held = new List<DateOnly>();
        var slips = random.NextDouble() < 0.25;
        while (held.Count < 12)
        {
            var on = ProcessTeamCadence.NextDue(c.ReferralDate, held).AddDays(random.Next(0, 8));
            if (on > today || (c.ClosedOn is { } closed && on > closed) || (slips && held.Count > 0 && random.NextDouble() < 0.6))
            {
                break;
            }
            held.Add(on);
            db.Add(new ProcessTeamMeeting { CaseId = c.Id, HeldOn = on, Note = ProcessTeamNotes[Math.Min(held.Count - 1, ProcessTeamNotes.Length - 1)] });
        }
    }
}
