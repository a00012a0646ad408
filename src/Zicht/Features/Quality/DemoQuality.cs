using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Kernel;

namespace Zicht.Features.Quality;

/// <summary>
/// Demo provider quality (local demo mode only, called by the demo seeder): Cirkant and Elegast with
/// departments, two submitted years of scores with motivations, actions, occupancy, Cirkant's submitted
/// report and inspection findings; and a dozen more providers with one department each, so the sector
/// view has enough organisations behind its figures to show them.
/// </summary>
internal static partial class DemoQuality
{
    private static readonly (string Name, string WorkForm)[] CirkantDepartments =
        [("Contextbegeleiding Turnhout", "HCA"), ("Dagcentrum 't Klavertje", "OVBJ"), ("Leefgroep De Horizon", "OVBJ")];

    private static readonly (string Name, string WorkForm)[] ElegastDepartments =
        [("Contextbegeleiding Gent", "HCA"), ("Crisisopvang", "CIG"), ("Leefgroep Meerhout", "OVBJ")];

    private static readonly string[] SectorProviders =
        ["VONK", "De Wissel", "Het Anker", "De Linde", "Kompas", "Ter Heide", "De Branding", "Het Veer", "De Sleutel", "Lichtpunt", "De Oever", "Zonnewende"];

    private static readonly string[] Explanations =
    [
        "De werkwijze is beschreven in het kwaliteitshandboek en wordt in alle teams toegepast; we evalueren ze jaarlijks op de teamdag.",
        "Er is een gedeelde visie, maar de opvolging verschilt nog per team; de afspraken staan op papier, de toetsing gebeurt nog ad hoc.",
        "We werken met een vaste procedure en registreren systematisch; de resultaten bespreken we elk kwartaal in het beleidsteam.",
        "Een eerste aanzet is gemaakt: een werkgroep heeft de knelpunten in kaart gebracht en een voorstel van werkwijze geschreven.",
    ];

    private static readonly string[] HigherElements =
    [
        "Jongeren en ouders worden al betrokken bij de evaluatie van de werking.",
        "We vergelijken onze cijfers met die van collega-voorzieningen in de intervisiegroep.",
        "De eerste verbeteracties zijn geëvalueerd en bijgestuurd.",
    ];

    public static async Task SeedAsync(ZichtDb db, CancellationToken ct)
    {
        var cirkant = await db.Organisations.FirstOrDefaultAsync(o => o.Code == "CIRKANT", ct);
        if (cirkant is null || await db.Set<SelfEvaluation>().AnyAsync(ct))
        {
            return;
        }
        var elegast = await db.Organisations.FirstOrDefaultAsync(o => o.Name == "Elegast", ct)
            ?? db.Add(new Organisation { Name = "Elegast", Code = "ELEGAST", Kind = OrganisationKind.Provider }).Entity;
        var thisYear = DateTime.UtcNow.Year;
        var (first, second) = (thisYear - 2, thisYear - 1);
        var random = new Random(2016);
        var cirkantDepartments = Departments(db, cirkant, CirkantDepartments);
        var elegastDepartments = Departments(db, elegast, ElegastDepartments);
        foreach (var year in new[] { first, second })
        {
            var growth = year == first ? 0.3 : 0.7;
            Evaluate(db, cirkant, year, cirkantDepartments, growth, random, carryOver: year == second);
            Evaluate(db, elegast, year, elegastDepartments, growth - 0.2, random, carryOver: false);
        }
        var sector = new List<Organisation> { cirkant, elegast };
        foreach (var name in SectorProviders)
        {
            var org = db.Add(new Organisation { Name = name, Code = "DEMO-" + new string(name.ToUpperInvariant().Where(char.IsLetter).ToArray()), Kind = OrganisationKind.Provider }).Entity;
            var departments = Departments(db, org, [("Hoofdwerking", random.Next(3) == 0 ? "HCA" : "OVBJ")]);
            Evaluate(db, org, first, departments, 0.2, random, carryOver: false);
            Evaluate(db, org, second, departments, 0.5, random, carryOver: false);
            sector.Add(org);
        }
        Inspect(db, sector, first, random);
        Plan(db, cirkant, elegast, first, second);
        Occupy(db, cirkant, cirkantDepartments, first, second, random);
        Occupy(db, elegast, elegastDepartments, first, second, random);
        Report(db, cirkant, elegast, second);
        await db.SaveChangesAsync(ct);
    }

    private static List<QualityDepartment> Departments(ZichtDb db, Organisation org, IEnumerable<(string Name, string WorkForm)> departments) =>
        departments.Select(d => db.Add(new QualityDepartment { OrganisationId = org.Id, Name = d.Name, WorkForm = d.WorkForm }).Entity).ToList();

    /// <summary>A submitted self-evaluation: levels around the 2015 sector mean plus some growth, departments a level apart now and then.</summary>
    private static void Evaluate(ZichtDb db, Organisation org, int year, List<QualityDepartment> departments, double growth, Random random, bool carryOver)
    {
        var submitted = new DateTime(year + 1, 5, 20 + random.Next(8), 10, 0, 0, DateTimeKind.Utc);
        var evaluation = db.Add(new SelfEvaluation
        {
            OrganisationId = org.Id,
            Year = year,
            Status = SelfEvaluationStatus.Submitted,
            SubmittedAt = submitted,
            UpdatedAt = submitted,
            Methods = random.Next(3) == 0 ? EvaluationMethods.QualityFramework | EvaluationMethods.Proza : EvaluationMethods.QualityFramework,
            Participants = "Directie, kwaliteitscoördinator, de teamverantwoordelijken van alle afdelingen en twee jongeren van de jongerenraad.",
        }).Entity;
        foreach (var department in departments)
        {
            foreach (var domain in QualityDomainCatalog.Domains)
            {
                var level = (int)Math.Clamp(Math.Round((double)domain.Mean2015 + growth + ((random.NextDouble() - 0.5) * 1.6)), 0, 5);
                var carried = carryOver && domain.Order % 5 == 0;
                evaluation.Scores.Add(new DomainScore
                {
                    SelfEvaluationId = evaluation.Id,
                    DepartmentId = department.Id,
                    Domain = domain.Code,
                    Level = level,
                    CarriedOver = carried,
                    Explanation = carried ? "Overgenomen van vorig jaar: de werkwijze en de procedure zijn niet gewijzigd, de evaluatie op de teamdag bevestigde het niveau." : Explanations[random.Next(Explanations.Length)],
                    HigherLevelElements = level < 5 && random.Next(2) == 0 ? HigherElements[random.Next(HigherElements.Length)] : null,
                });
            }
        }
    }
}
