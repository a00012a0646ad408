using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Features.Outcomes;

/// <summary>
/// The demo's implementation plan: the 2015 growth plan's objectives for the end of 2019 (001:8109–8117),
/// each bound to outcome-table indicators and reviewed; five growth themes (three named in 001:5902–5907,
/// two PROPOSALS after the audit principles); and every demo team's yearly choice with reflections.
/// </summary>
public static class DemoImplementationPlan
{
    private static readonly (string Name, string Description)[] Themes =
    [
        ("Kind als actieve partner", "Het kind heeft een stem en een verhaal in zijn eigen traject."),
        ("Veiligheidsplanning", "Samen met ouders en netwerk een plan dat de veiligheid meetbaar verbetert."),
        ("Netwerk als actieve partner", "Een geïnformeerd netwerk dat meedenkt en meedraagt."),
        ("Krachtgerichte basishouding", "Oplossingsgericht kijken naar wat goed gaat."),
        ("Samen leren en zinvol meten", "Casusbesprekingen, case audits en cijfers om van te leren, niet om te controleren."),
    ];

    private static readonly (string Text, int Year, string[] Indicators, (ReviewVerdict Verdict, string Evidence)? Review)[] Objectives =
    [
        ("In elk dossier wordt een veiligheidsplan opgemaakt met ouders en netwerk", 2019,
            ["Een veiligheidsplan met ouders en netwerk (binnen 12 maanden)"],
            (ReviewVerdict.PartlyReached, "Evaluatie 2021: 52% van de consulenten maakt een veiligheidsplan 'afhankelijk van het dossier', niemand standaard (Tabel 9).")),
        ("Elke medewerker kent het implementatieplan en de organisatiedoelstellingen", 2019,
            ["Medewerkers kennen het implementatieplan en de doelstellingen"],
            (ReviewVerdict.NotReached, "Personeelsbevraging 2021: 63,6% akkoord, consulenten 53,3%.")),
        ("De benadering loopt door alle niveaus van de organisatie", 2019,
            ["Barometer: de benadering loopt door alle niveaus (gemiddelde 1-10)"],
            (ReviewVerdict.CannotTell, "Er was geen meting in 2019; de barometer van 2021 geeft gemiddeld 6 op 10.")),
        ("Meer kinderen groeien op in hun natuurlijk netwerk", 2027,
            ["Het kind groeit op in het natuurlijk netwerk", "Minder uithuisplaatsingen"], null),
    ];

    public static async Task SeedAsync(ZichtDb db, CancellationToken ct)
    {
        await OutcomeTable.EnsureAsync(db, ct);
        var indicators = await db.Set<OutcomeIndicator>().ToListAsync(ct);
        var themes = Themes.Select((t, i) => new GrowthTheme { Name = t.Name, Description = t.Description, Position = i + 1 }).ToList();
        db.AddRange(themes);
        foreach (var (text, year, bound, review) in Objectives)
        {
            var objective = new OrganisationObjective
            {
                Text = text,
                TargetDate = new DateOnly(year, 12, 31),
                IndicatorIds = string.Join(',', indicators.Where(i => bound.Contains(i.Statement)).Select(i => i.Id)),
            };
            if (review is { } r)
            {
                objective.Reviews.Add(new ObjectiveReview { ReviewedOn = new DateOnly(2021, 9, 15), Verdict = r.Verdict, Evidence = r.Evidence, ReviewedBy = "beleid@demo" });
            }
            db.Add(objective);
        }
        var teams = await db.Teams.OrderBy(t => t.Name).Select(t => t.Id).ToListAsync(ct);
        for (var i = 0; i < teams.Count; i++)
        {
            var choice = new TeamThemeChoice
            {
                TeamId = teams[i],
                Year = 2026,
                GrowthThemeId = themes[i % 3].Id,
                IntendedActions = "Elke maand één dossier samen bekijken vanuit dit thema.",
            };
            choice.Reflections.Add(new ThemeReflection
            {
                WrittenOn = new DateOnly(2026, 6, 20),
                Author = "teamlead@demo",
                Text = "Wat zien we: vaker een netwerkberaad in de eerste maanden. Wat kan het verklaren: de tandemgesprekken met het MDO-lid.",
            });
            db.Add(choice);
        }
        await db.SaveChangesAsync(ct);
    }
}
