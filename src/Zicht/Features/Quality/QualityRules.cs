using System.Globalization;

namespace Zicht.Features.Quality;

/// <summary>Why a typed growth level cannot be taken.</summary>
public enum LevelProblem { None, Missing, NotWhole, OutOfRange }

/// <summary>One department's score of one domain, as the rules need it.</summary>
public sealed record ScoreLine(string Department, string WorkForm, string Domain, int Level);

/// <summary>An organisation's level of one domain: the lowest department score, and the (first, by name) department that sets it.</summary>
public sealed record LevelSetBy(int Level, string Department, int Departments);

/// <summary>A department still missing domains before the self-evaluation can be submitted.</summary>
public sealed record IncompleteDepartment(string Department, IReadOnlyList<QualityDomain> Missing);

/// <summary>
/// The scoring rules of spec §2.3, as pure functions: one whole number 0–5 (never "between three and
/// four"), the organisation's level is the lowest department score (also per work form), a carried-over
/// score needs a motivation, and all 16 domains for every department before submitting.
/// </summary>
public static class QualityRules
{
    public const int Lowest = 0, Highest = 5;

    public static LevelProblem ReadLevel(string? text, out int level)
    {
        level = 0;
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            return LevelProblem.Missing;
        }
        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            level = whole;
            return whole is < Lowest or > Highest ? LevelProblem.OutOfRange : LevelProblem.None;
        }
        return LevelProblem.NotWhole;
    }

    /// <summary>The reason in the import's <c>line N: column: reason</c> (English, like every import message).</summary>
    public static string Reason(LevelProblem problem) => problem switch
    {
        LevelProblem.Missing => "required, but empty",
        LevelProblem.NotWhole => "give one whole number from 0 to 5 (not a decimal, not a range such as \"between 3 and 4\")",
        LevelProblem.OutOfRange => "growth levels run from 0 to 5",
        _ => "",
    };

    /// <summary>The lowest department score; ties go to the first department by name. Null when nobody scored the domain.</summary>
    public static LevelSetBy? OrganisationLevel(IEnumerable<ScoreLine> scoresOfOneDomain)
    {
        var scores = scoresOfOneDomain.ToList();
        if (scores.Count == 0)
        {
            return null;
        }
        var lowest = scores.Min(s => s.Level);
        var by = scores.Where(s => s.Level == lowest).Select(s => s.Department).Order(StringComparer.Ordinal).First();
        return new LevelSetBy(lowest, by, scores.Select(s => s.Department).Distinct().Count());
    }

    /// <summary>Per domain (catalogue order) the organisation's level, over all departments and work forms.</summary>
    public static IReadOnlyDictionary<string, LevelSetBy> OrganisationLevels(IEnumerable<ScoreLine> scores)
    {
        var byDomain = scores.ToLookup(s => s.Domain);
        return QualityDomainCatalog.Domains.Select(d => (d.Code, Level: OrganisationLevel(byDomain[d.Code])))
            .Where(x => x.Level is not null).ToDictionary(x => x.Code, x => x.Level!);
    }

    /// <summary>Per work form, per domain: the lowest score within the work form (spec §2.3 rule 3, PROPOSAL: both are shown).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, LevelSetBy>> WorkFormLevels(IEnumerable<ScoreLine> scores) =>
        scores.GroupBy(s => s.WorkForm, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => OrganisationLevels(g), StringComparer.Ordinal);

    /// <summary>A score taken over from last year must say why (spec §2.3 rule 5).</summary>
    public static bool CarryOverLacksMotivation(bool carriedOver, string? motivation) => carriedOver && string.IsNullOrWhiteSpace(motivation);

    /// <summary>Every department must score every domain before submitting (recognition criterion, rule 4).</summary>
    public static IReadOnlyList<IncompleteDepartment> Incomplete(IEnumerable<string> departments, IEnumerable<(string Department, string Domain)> scored)
    {
        var have = scored.ToHashSet();
        return departments.Distinct().Order(StringComparer.Ordinal)
            .Select(dep => new IncompleteDepartment(dep, QualityDomainCatalog.Domains.Where(d => !have.Contains((dep, d.Code))).ToList()))
            .Where(x => x.Missing.Count > 0).ToList();
    }

    /// <summary>Submitting needs at least one department and nothing incomplete.</summary>
    public static bool CanSubmit(IReadOnlyCollection<string> departments, IEnumerable<(string Department, string Domain)> scored) =>
        departments.Count > 0 && Incomplete(departments, scored).Count == 0;
}
