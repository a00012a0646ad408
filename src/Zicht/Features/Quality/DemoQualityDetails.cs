using Zicht.Data;
using Zicht.Kernel;

namespace Zicht.Features.Quality;

internal static partial class DemoQuality
{
    /// <summary>Every provider inspected on every domain of the first year; mostly confirmed, often with higher-level indicators (seed 004:297–311).</summary>
    private static void Inspect(ZichtDb db, List<Organisation> providers, int year, Random random)
    {
        foreach (var (org, i) in providers.Select((o, i) => (o, i)))
        {
            var on = new DateOnly(year + 1, 9, 1).AddDays(i * 9);
            foreach (var domain in QualityDomainCatalog.Domains)
            {
                var roll = random.Next(100);
                db.Add(new InspectionFinding
                {
                    OrganisationId = org.Id,
                    Year = year,
                    Domain = domain.Code,
                    InspectedOn = on,
                    Confirmed = roll >= 9,
                    HigherLevelIndicators = roll is < 4 or >= 55,
                    Remarks = roll < 9 ? "De beschreven werkwijze wordt nog niet in alle afdelingen toegepast." : roll >= 85 ? "Verschillende indicatoren van een hoger niveau zijn al aanwezig." : null,
                });
            }
        }
    }

    private static void Plan(ZichtDb db, Organisation cirkant, Organisation elegast, int first, int second)
    {
        void Add(Organisation org, int year, string title, string owner, string target, ActionStatus status, string? outcome, params string[] domains) =>
            db.Add(new ImprovementAction
            {
                OrganisationId = org.Id,
                Year = year,
                Title = title,
                Owner = owner,
                Target = target,
                Status = status,
                Outcome = outcome,
                Deadline = new DateOnly(year, 12, 15),
                Domains = string.Join(',', domains),
            });
        Add(cirkant, first, "Telewerkbeleid evalueren en bijsturen", "Hanne Vermeulen", "Minstens 80% van het personeel dat telewerkt, is hierover tevreden.",
            ActionStatus.Done, "84% tevreden in de bevraging van november; het beleid is aangepast voor de leefgroep.", "staff_satisfaction");
        Add(cirkant, first, "Onthaalbrochure voor ouders herwerken", "Teamverantwoordelijke contextbegeleiding", "90% van de ouders vindt de brochure duidelijk (onthaalbevraging).",
            ActionStatus.Done, "Nieuwe brochure in gebruik sinds september; 87% vindt ze duidelijk.", "reception", "involvement");
        Add(cirkant, first, "Klachtenprocedure kenbaar maken aan jongeren", "Pedagogisch coördinator", "Bij alle jongeren is in het onthaaldossier afgevinkt dat ze de klachtenprocedure kennen.",
            ActionStatus.InProgress, "In de leefgroep bij alle jongeren, in het dagcentrum bij 70%.", "complaints", "reception");
        Add(cirkant, second, "Nazorgcontact na drie maanden", "Teamverantwoordelijke leefgroep", "Bij 75% van de afgesloten begeleidingen is er binnen drie maanden een nazorgcontact.",
            ActionStatus.InProgress, null, "closure_aftercare");
        Add(cirkant, second, "Tevredenheid van verwijzers bevragen", "Directie", "Minstens 60% van de verwijzers beantwoordt de bevraging.",
            ActionStatus.Planned, null, "strategic_partners", "user_satisfaction");
        Add(cirkant, second, "Doelrealisatie meten bij afsluiting", "Kwaliteitscoördinator", "Voor 80% van de handelingsplannen is er bij afsluiting een doelrealisatiescore.",
            ActionStatus.InProgress, null, "effect_of_help", "goals_action_plan");
        Add(elegast, first, "Dossierbeheer digitaliseren", "Administratief coördinator", "Alle lopende dossiers staan in het digitale dossier.", ActionStatus.Done, "Afgerond in oktober.", "file_management");
        Add(elegast, second, "Jongerenraad opstarten", "Kwaliteitscoördinator", "De jongerenraad komt minstens vier keer per jaar samen.", ActionStatus.InProgress, null, "involvement", "user_satisfaction");
    }

    /// <summary>Four quarters per department and year: residential days, day-care days, context guidance with face-to-face and non-client hours.</summary>
    private static void Occupy(ZichtDb db, Organisation org, List<QualityDepartment> departments, int first, int second, Random random)
    {
        foreach (var year in new[] { first, second })
        {
            for (var quarter = 1; quarter <= 4; quarter++)
            {
                foreach (var d in departments)
                {
                    var (function, module, recognised, f2fTarget) = d.WorkForm switch
                    {
                        "HCA" => ("CB", "Contextbegeleiding", 30m * 13, 1100m),
                        "CIG" => ("V", "Crisisverblijf", 4m * 91, 0m),
                        _ when d.Name.StartsWith("Dag", StringComparison.Ordinal) => ("DB", "Dagbegeleiding in groep", 15m * 65, 0m),
                        _ => ("V", "Verblijf", 12m * 91, 0m),
                    };
                    // The day centre's summer quarter dips under the 80% floor, as happens.
                    var rate = function == "DB" && quarter == 3 ? 0.68m : 0.8m + ((decimal)random.NextDouble() * 0.17m);
                    var occupied = Math.Round(recognised * rate);
                    var delivered = Math.Round(occupied * 0.96m);
                    db.Add(new OccupancyRecord
                    {
                        OrganisationId = org.Id,
                        Year = year,
                        Quarter = quarter,
                        DepartmentId = d.Id,
                        Function = function,
                        TypeModule = module,
                        RecognisedUnits = recognised,
                        OccupiedUnits = occupied,
                        DeliveredWeekdays = function == "V" ? Math.Round(delivered * 0.64m) : delivered,
                        DeliveredWeekends = function == "V" ? Math.Round(delivered * 0.26m) : 0,
                        DeliveredHolidays = function == "V" ? delivered - Math.Round(delivered * 0.64m) - Math.Round(delivered * 0.26m) : 0,
                        FaceToFaceHours = f2fTarget > 0 ? Math.Round(f2fTarget * (0.82m + ((decimal)random.NextDouble() * 0.12m))) : 0,
                        FaceToFaceTarget = f2fTarget,
                        NonClientHours = f2fTarget > 0 ? 300 + random.Next(120) : 0,
                    });
                }
            }
        }
    }

    private static void Report(ZichtDb db, Organisation cirkant, Organisation elegast, int year)
    {
        db.Add(new QualityReport
        {
            OrganisationId = cirkant.Id,
            Year = year,
            Status = ReportStatus.Submitted,
            SubmittedAt = new DateTime(year + 1, 5, 28, 9, 0, 0, DateTimeKind.Utc),
            Vision = "Kwaliteit is bij Cirkant geen apart project maar de manier waarop we samen met jongeren en gezinnen werken.\n\n- We vertrekken van wat gezinnen zelf als verbetering ervaren.\n- We meten om te leren, niet om te controleren.\n- Elke afdeling draagt mee de verantwoordelijkheid voor de kwaliteitsplanning.",
            ThemeTitle = "Onthaal",
            QualityTheme = "Dit jaar stond het onthaal centraal. In alle afdelingen is het onthaalgesprek herbekeken met ouders en jongeren.\n\nKnelpunten: de wachttijd tussen aanmelding en eerste gesprek, en de hoeveelheid informatie in het eerste gesprek.\n\nGoede praktijk: het dagcentrum nodigt ouders uit voor een kennismakingsnamiddag vóór de start.",
            OtherInformation = "We namen deel aan de regionale intervisiegroep Antwerpen en startten een proefproject rond digitale contactmomenten in de contextbegeleiding.",
        });
        db.Add(new QualityReport
        {
            OrganisationId = elegast.Id,
            Year = year,
            Status = ReportStatus.Draft,
            Vision = "Elegast wil een veilige haven zijn voor jongeren in crisis, met een netwerk dat blijft.",
        });
    }
}
