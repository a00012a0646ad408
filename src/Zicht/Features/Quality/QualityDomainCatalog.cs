using System.Globalization;

namespace Zicht.Features.Quality;

/// <summary>The five groups of the EFQM-based grid (spec §2.1), in the order of the 2015 means table.</summary>
public enum DomainGroup { QualityCare, CoreProcesses, UserResults, StaffResults, SocietyResults }

/// <summary>
/// One quality domain: its exchange-format code, its group, its Dutch and English names, and the 2015
/// sector mean of seed 004 (the baseline, "nulmeting"), shipped as reference data beside the current year.
/// </summary>
public sealed record QualityDomain(int Order, string Code, DomainGroup Group, string Dutch, string English, decimal Mean2015)
{
    public string Name => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "nl" ? Dutch : English;
}

/// <summary>
/// The one list of the 16 quality domains (spec §2.1). Pages, rules, imports, exports and the report all
/// iterate it; nothing else spells the domains out.
/// </summary>
public static class QualityDomainCatalog
{
    /// <summary>The year of the shipped sector means (seed 004:654–675).</summary>
    public const int ReferenceYear = 2015;

    public static readonly IReadOnlyList<QualityDomain> Domains =
    [
        new(1, "org_vision", DomainGroup.QualityCare, "Organisatie en visie", "Organisation and vision", 2.0m),
        new(2, "involvement", DomainGroup.QualityCare, "Betrokkenheid", "Involvement", 2.1m),
        new(3, "methods_instruments", DomainGroup.QualityCare, "Methodieken en instrumenten", "Methods and instruments", 2.0m),
        new(4, "improvement_track", DomainGroup.QualityCare, "Verbetertraject", "Improvement track", 2.0m),
        new(5, "reception", DomainGroup.CoreProcesses, "Onthaal van de gebruiker", "Reception of the user", 2.6m),
        new(6, "goals_action_plan", DomainGroup.CoreProcesses, "Doelstellingen en handelingsplan", "Goals and action plan", 2.6m),
        new(7, "closure_aftercare", DomainGroup.CoreProcesses, "Afsluiting en nazorg", "Closure and aftercare", 2.3m),
        new(8, "pedagogical_profile", DomainGroup.CoreProcesses, "Pedagogisch profiel", "Pedagogical profile", 2.5m),
        new(9, "file_management", DomainGroup.CoreProcesses, "Dossierbeheer", "File management", 2.4m),
        new(10, "complaints", DomainGroup.UserResults, "Klachtenbehandeling", "Complaints handling", 2.4m),
        new(11, "user_satisfaction", DomainGroup.UserResults, "Gebruikerstevredenheid", "User satisfaction", 2.1m),
        new(12, "effect_of_help", DomainGroup.UserResults, "Effect van de hulpverlening", "Effect of the help", 1.5m),
        new(13, "staff_satisfaction", DomainGroup.StaffResults, "Personeelstevredenheid", "Staff satisfaction", 2.2m),
        new(14, "indicators_key_figures", DomainGroup.StaffResults, "Indicatoren en kengetallen", "Indicators and key figures", 2.3m),
        new(15, "strategic_partners", DomainGroup.SocietyResults, "Waardering strategische partners", "Appreciation by strategic partners", 1.6m),
        new(16, "societal_assignments", DomainGroup.SocietyResults, "Maatschappelijke opdrachten / tendensen", "Societal assignments / trends", 2.1m),
    ];

    private static readonly Dictionary<string, QualityDomain> ByCode = Domains.ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);

    public static QualityDomain? Find(string? code) => code is not null && ByCode.TryGetValue(code.Trim(), out var d) ? d : null;

    public static QualityDomain Get(string code) => Find(code) ?? throw new InvalidOperationException($"unknown quality domain {code}");

    /// <summary>Sort key for rows by domain: the order of the spec's table, unknown codes last.</summary>
    public static int OrderOf(string code) => Find(code)?.Order ?? int.MaxValue;

    /// <summary>The growth levels 0–5 (spec §2.2); names are texts <c>GrowthLevel.N</c>.</summary>
    public static readonly IReadOnlyList<int> Levels = [0, 1, 2, 3, 4, 5];
}
