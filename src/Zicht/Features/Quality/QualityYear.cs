using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Features.Quality;

/// <summary>
/// Everything of one provider's year that the pages, the report and the exports show: the self-evaluation,
/// its departments and scores, the derived organisation levels (overall and per work form), the
/// inspection findings, this year's actions and last year's (so one sees what became of them).
/// </summary>
public sealed class QualityYear
{
    public required Guid OrganisationId { get; init; }
    public required string OrganisationName { get; init; }
    public required int Year { get; init; }
    public SelfEvaluation? Evaluation { get; init; }
    public List<QualityDepartment> Departments { get; init; } = [];
    public List<DomainScore> Scores { get; init; } = [];
    public Dictionary<string, InspectionFinding> Findings { get; init; } = [];
    public List<ImprovementAction> Actions { get; init; } = [];
    public List<ImprovementAction> LastYearsActions { get; init; } = [];
    public List<ScoreLine> Lines => Scores.Where(s => s.Department is not null).Select(s => new ScoreLine(s.Department!.Name, s.Department.WorkForm, s.Domain, s.Level)).ToList();
    public IReadOnlyDictionary<string, LevelSetBy> Levels => QualityRules.OrganisationLevels(Lines);
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, LevelSetBy>> WorkFormLevels => QualityRules.WorkFormLevels(Lines);
    public DomainScore? ScoreOf(Guid department, string domain) => Scores.FirstOrDefault(s => s.DepartmentId == department && s.Domain == domain);

    public IReadOnlyList<IncompleteDepartment> Incomplete => QualityRules.Incomplete(Departments.Select(Label), Scored);

    public bool CanSubmit => QualityRules.CanSubmit(Departments.Select(Label).ToList(), Scored);

    private IEnumerable<(string, string)> Scored => Scores.Where(s => s.Department is not null).Select(s => (Label(s.Department!), s.Domain));

    public bool Submitted => Evaluation?.Status == SelfEvaluationStatus.Submitted;

    public static string Label(QualityDepartment d) => $"{d.Name} ({d.WorkForm})";

    public static async Task<QualityYear> LoadAsync(ZichtDb db, Guid organisationId, int year, CancellationToken ct)
    {
        var name = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).FirstAsync(ct);
        var evaluation = await db.Set<SelfEvaluation>().AsNoTracking().FirstOrDefaultAsync(e => e.OrganisationId == organisationId && e.Year == year, ct);
        var scores = evaluation is null ? [] : await db.Set<DomainScore>().AsNoTracking().Include(s => s.Department)
            .Where(s => s.SelfEvaluationId == evaluation.Id).ToListAsync(ct);
        var departments = await db.Set<QualityDepartment>().AsNoTracking().Where(d => d.OrganisationId == organisationId).ToListAsync(ct);
        var findings = await db.Set<InspectionFinding>().AsNoTracking().Where(f => f.OrganisationId == organisationId && f.Year == year).ToListAsync(ct);
        var actions = await db.Set<ImprovementAction>().AsNoTracking().Where(a => a.OrganisationId == organisationId && (a.Year == year || a.Year == year - 1))
            .OrderBy(a => a.Deadline).ThenBy(a => a.Title).ToListAsync(ct);
        return new QualityYear
        {
            OrganisationId = organisationId,
            OrganisationName = name,
            Year = year,
            Evaluation = evaluation,
            // Departments of this year: those scored, plus (while still a draft) every department of the organisation.
            Departments = departments.Where(d => scores.Any(s => s.DepartmentId == d.Id) || evaluation?.Status != SelfEvaluationStatus.Submitted)
                .OrderBy(d => d.Name, StringComparer.Ordinal).ThenBy(d => d.WorkForm, StringComparer.Ordinal).ToList(),
            Scores = scores,
            Findings = findings.ToDictionary(f => f.Domain),
            Actions = actions.Where(a => a.Year == year).ToList(),
            LastYearsActions = actions.Where(a => a.Year == year - 1).ToList(),
        };
    }
}
