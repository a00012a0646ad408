using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Features.Outcomes;

/// <summary>
/// The grid of the evaluation's outcome table (Tabel 6, 001:2983–3045; spec practice-system §3.12):
/// levels × terms, and the indicators Zicht starts with. The statements paraphrase the evaluation;
/// the bindings are PROPOSALS policy staff can change on the page.
/// </summary>
public static class OutcomeTable
{
    public static readonly string[] Levels = ["client_own_view", "client_worker_view", "worker", "team", "organisation"];
    public static readonly string[] Terms = ["short", "medium", "long"];

    public static readonly IReadOnlyList<(string Level, string Term, string Statement, string? Figure)> Defaults =
    [
        ("client_own_view", "short", "Ouders voelen zich betrokken wanneer plannen gemaakt worden", "share:parent:p06"),
        ("client_own_view", "short", "Meer vertrouwen in de hulpverlening", "share:parent:p13"),
        ("client_own_view", "short", "Kinderen voelen zich gehoord", "share:child:c09"),
        ("client_own_view", "medium", "Ouder (her)vindt hoop en de eigen ouderrol", "share:parent:p12"),
        ("client_own_view", "medium", "Groei en herstel in de gezinsrelaties", null),
        ("client_own_view", "long", "Het netwerk komt nog samen na de afsluiting", "share:followup:f01"),
        ("client_own_view", "long", "Het kind groeit op in het natuurlijk netwerk", "breadth:placement_in_network"),
        ("client_worker_view", "short", "Het kind kreeg een verhaal (woord- en beeldverhaal)", "breadth:step_05_words_and_pictures"),
        ("client_worker_view", "short", "Veiligheid neemt toe volgens de consulent (eerste → laatste schaal)", "safety_scale_change:Worker"),
        ("client_worker_view", "medium", "Veiligheid neemt toe volgens de ouders (eerste → laatste schaal)", "safety_scale_change:Parent"),
        ("client_worker_view", "medium", "Een veiligheidsplan met ouders en netwerk (binnen 12 maanden)", "cif_12m:adult_safety_plan"),
        ("client_worker_view", "long", "Minder uithuisplaatsingen", "breadth:placement"),
        ("client_worker_view", "long", "Kortere trajecten (mediaan in maanden)", "median_months:trajectory"),
        ("client_worker_view", "long", "Weinig heraanmeldingen binnen 12 maanden", "re_referral_12_months"),
        ("worker", "short", "Houding tegenover de implementatie (gemiddelde 1-10)", "staff_mean:attitude"),
        ("worker", "medium", "Wat ik registreer helpt gezinnen en mij", "staff_agree:measurepr01"),
        ("worker", "long", "Minder stress en verloop bij medewerkers", null),
        ("team", "short", "Casusbesprekingen en case audits zijn leerkansen", "staff_agree:measurepr03"),
        ("team", "medium", "Eigen score en score van de reviewer liggen dicht bij elkaar (case audits)", "audit_gap_within_1"),
        ("team", "long", "Netwerkberaden per traject (gemiddelde)", "mean:network_meetings"),
        ("organisation", "short", "Medewerkers kennen het implementatieplan en de doelstellingen", "staff_agree:lead04"),
        ("organisation", "medium", "Barometer: de benadering loopt door alle niveaus (gemiddelde 1-10)", "staff_mean:barometer"),
        ("organisation", "long", "Tijd tot het veiligheidsplan voor volwassenen (mediaan in maanden)", "median_months:adult_safety_plan"),
    ];

    /// <summary>Why the two indicators without a figure cannot be measured from what Zicht records.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotMeasurable = new Dictionary<string, string>
    {
        ["Groei en herstel in de gezinsrelaties"] = "Zicht registreert geen maat voor de relaties in het gezin, en geen enkele bevraging (ouders, kind, opvolging) vraagt ernaar. Meetbaar zodra een bevraging er een vraag over krijgt; bind dan die vraag.",
        ["Minder stress en verloop bij medewerkers"] = "Verloop hoort bij de personeelsadministratie, niet bij Zicht, en de personeelsbevraging vraagt niet naar stress. Meetbaar zodra de bevraging een vraag over werkdruk of stress krijgt; bind dan die vraag.",
    };

    /// <summary>Writes the default indicators once, on an installation that has none (configuration, not demo data).</summary>
    public static async Task EnsureAsync(ZichtDb db, CancellationToken ct)
    {
        if (await db.Set<OutcomeIndicator>().AnyAsync(ct))
        {
            // Installations from before the reasons existed get them once, only where nobody bound a figure.
            var unexplained = await db.Set<OutcomeIndicator>()
                .Where(i => i.FigureCode == null && i.NotMeasuredBecause == null && NotMeasurable.Keys.Contains(i.Statement)).ToListAsync(ct);
            unexplained.ForEach(i => i.NotMeasuredBecause = NotMeasurable[i.Statement]);
            if (unexplained.Count > 0)
            {
                await db.SaveChangesAsync(ct);
            }
            return;
        }
        var position = 0;
        foreach (var (level, term, statement, figure) in Defaults)
        {
            db.Add(new OutcomeIndicator
            {
                Level = level,
                Term = term,
                Statement = statement,
                FigureCode = figure,
                Position = position++,
                NotMeasuredBecause = figure is null ? NotMeasurable.GetValueOrDefault(statement) : null,
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
