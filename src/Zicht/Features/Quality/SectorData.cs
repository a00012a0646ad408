using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Features.Quality;

/// <summary>One provider's submitted self-evaluation of one year, reduced to what the sector figures need.</summary>
public sealed record OrganisationYear(Guid OrganisationId, string Organisation, int Year, IReadOnlyList<ScoreLine> Lines)
{
    public IReadOnlyDictionary<string, LevelSetBy> Levels { get; } = QualityRules.OrganisationLevels(Lines);
}

/// <summary>
/// The sector's submitted self-evaluations and inspection findings. Only submitted evaluations count:
/// a draft is work in progress, not a provider's statement. Feeds the sector view and the exports.
/// </summary>
public sealed record SectorData(IReadOnlyList<OrganisationYear> Evaluations, IReadOnlyList<InspectionFinding> Findings)
{
    public static async Task<SectorData> LoadAsync(ZichtDb db, int? year, CancellationToken ct)
    {
        var rows = await db.Set<DomainScore>().AsNoTracking()
            .Join(db.Set<SelfEvaluation>().Where(e => e.Status == SelfEvaluationStatus.Submitted && (year == null || e.Year == year)), s => s.SelfEvaluationId, e => e.Id, (s, e) => new { s, e })
            .Join(db.Organisations, x => x.e.OrganisationId, o => o.Id, (x, o) => new
            {
                x.e.OrganisationId,
                Organisation = o.Name,
                x.e.Year,
                Department = x.s.Department!.Name,
                x.s.Department.WorkForm,
                x.s.Domain,
                x.s.Level,
            }).ToListAsync(ct);
        var evaluations = rows.GroupBy(r => (r.OrganisationId, r.Organisation, r.Year))
            .Select(g => new OrganisationYear(g.Key.OrganisationId, g.Key.Organisation, g.Key.Year, g.Select(r => new ScoreLine(r.Department, r.WorkForm, r.Domain, r.Level)).ToList()))
            .OrderBy(e => e.Organisation, StringComparer.Ordinal).ThenBy(e => e.Year).ToList();
        var findings = await db.Set<InspectionFinding>().AsNoTracking().Where(f => year == null || f.Year == year).ToListAsync(ct);
        return new SectorData(evaluations, findings);
    }

    public IReadOnlyList<int> Years => Evaluations.Select(e => e.Year).Distinct().Order().ToList();

    /// <summary>The organisation levels of one domain in one year.</summary>
    public IReadOnlyList<(OrganisationYear Organisation, int Level)> LevelsOf(string domain, int year) =>
        Evaluations.Where(e => e.Year == year && e.Levels.ContainsKey(domain)).Select(e => (e, e.Levels[domain].Level)).ToList();

    public InspectionFinding? FindingOf(Guid organisation, int year, string domain) =>
        Findings.FirstOrDefault(f => f.OrganisationId == organisation && f.Year == year && f.Domain == domain);

    public static decimal? Mean(IEnumerable<int> levels)
    {
        var list = levels.ToList();
        return list.Count == 0 ? null : Math.Round((decimal)list.Sum() / list.Count, 1, MidpointRounding.AwayFromZero);
    }
}
