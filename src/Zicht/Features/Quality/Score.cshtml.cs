using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Zicht.Features.Quality;

/// <summary>What the coordinator types for one domain of one department.</summary>
public sealed class ScoreInput
{
    public string Domain { get; set; } = "";
    public string? Level { get; set; }
    public bool CarriedOver { get; set; }
    public string? Explanation { get; set; }
    public string? HigherLevelElements { get; set; }
    public string? ActionLinks { get; set; }
}

/// <summary>
/// One department's scores of one year: every domain as one whole number 0–5 with its three-part
/// motivation. A level may stay empty while the self-evaluation is a draft (it is then not scored); a
/// carried-over score needs an explanation. Last year's scores can be taken over, always with a new motivation.
/// </summary>
public class ScoreModel(QualityServices services) : QualityPageModel(services)
{
    [BindProperty] public List<ScoreInput> Scores { get; set; } = [];
    [BindProperty] public int Version { get; set; }
    public QualityDepartment Department { get; private set; } = null!;
    public int Year { get; private set; }
    public bool Submitted { get; private set; }
    public Dictionary<string, int> LastYear { get; private set; } = [];
    public List<ImprovementAction> Actions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int year, Guid departmentId, bool carryOver, CancellationToken ct)
    {
        if (!await OpenAsync(year, departmentId, ct))
        {
            return NotFound();
        }
        var evaluation = await Db.Set<SelfEvaluation>().AsNoTracking().Include(e => e.Scores.Where(s => s.DepartmentId == departmentId))
            .FirstOrDefaultAsync(e => e.OrganisationId == OrganisationId && e.Year == year, ct);
        Version = evaluation?.Version ?? 0;
        Scores = QualityDomainCatalog.Domains.Select(domain => evaluation?.Scores.FirstOrDefault(s => s.Domain == domain.Code) is { } s
            ? new ScoreInput { Domain = s.Domain, Level = s.Level.ToString(), CarriedOver = s.CarriedOver, Explanation = s.Explanation, HigherLevelElements = s.HigherLevelElements, ActionLinks = s.ActionLinks }
            : carryOver && LastYear.TryGetValue(domain.Code, out var last) ? new ScoreInput { Domain = domain.Code, Level = last.ToString(), CarriedOver = true }
            : new ScoreInput { Domain = domain.Code }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int year, Guid departmentId, CancellationToken ct)
    {
        if (!await OpenAsync(year, departmentId, ct))
        {
            return NotFound();
        }
        var read = new List<(QualityDomain Domain, ScoreInput Input, int? Level)>();
        foreach (var domain in QualityDomainCatalog.Domains)
        {
            var i = read.Count;
            var input = Scores.FirstOrDefault(s => s.Domain == domain.Code) ?? new ScoreInput { Domain = domain.Code };
            var problem = QualityRules.ReadLevel(input.Level, out var level);
            if (problem == LevelProblem.Missing && Submitted)
            {
                ModelState.AddModelError($"Scores[{i}].Level", T["The self-evaluation is submitted: every domain keeps a level."]);
            }
            else if (problem is LevelProblem.NotWhole or LevelProblem.OutOfRange)
            {
                ModelState.AddModelError($"Scores[{i}].Level", T["Give one whole number from 0 to 5 (not a decimal, and not “between 3 and 4”)."]);
            }
            if (problem != LevelProblem.Missing && QualityRules.CarryOverLacksMotivation(input.CarriedOver, input.Explanation))
            {
                ModelState.AddModelError($"Scores[{i}].Explanation", T["A score carried over from last year needs a motivation: say why it still holds."]);
            }
            read.Add((domain, input, problem == LevelProblem.None ? level : null));
        }
        Scores = read.Select(r => r.Input).ToList();
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError("", T["Nothing was saved yet: check the fields marked below."]);
            return Page();
        }
        var evaluation = await Db.Set<SelfEvaluation>().Include(e => e.Scores.Where(s => s.DepartmentId == departmentId))
            .FirstOrDefaultAsync(e => e.OrganisationId == OrganisationId && e.Year == year, ct);
        if (evaluation is null)
        {
            evaluation = new SelfEvaluation { OrganisationId = OrganisationId, Year = year, UpdatedAt = Now };
            Db.Add(evaluation);
        }
        else
        {
            Db.Entry(evaluation).Property(e => e.Version).OriginalValue = Version;
            evaluation.UpdatedAt = Now;
        }
        foreach (var (domain, input, level) in read)
        {
            var score = evaluation.Scores.FirstOrDefault(s => s.Domain == domain.Code);
            if (level is null)
            {
                if (score is not null)
                {
                    Db.Remove(score);
                }
                continue;
            }
            if (score is null)
            {
                // Added explicitly: a new child with its key already set would otherwise be taken for an existing row.
                score = Db.Add(new DomainScore { SelfEvaluationId = evaluation.Id, DepartmentId = departmentId, Domain = domain.Code }).Entity;
                evaluation.Scores.Add(score);
            }
            (score.Level, score.CarriedOver) = (level.Value, input.CarriedOver);
            (score.Explanation, score.HigherLevelElements, score.ActionLinks) = (Trim(input.Explanation), Trim(input.HigherLevelElements), Trim(input.ActionLinks));
        }
        if (!await SaveAsync(T["Someone else changed this self-evaluation while you were editing. Your input is kept below; check and save again."], ct))
        {
            ModelState.Remove(nameof(Version));
            Version = await Db.Set<SelfEvaluation>().Where(e => e.OrganisationId == OrganisationId && e.Year == year).Select(e => e.Version).FirstOrDefaultAsync(ct);
            return Page();
        }
        TempData["Flash"] = T["The scores of {0} are saved.", QualityYear.Label(Department)].Value;
        return Redirect($"/kwaliteit/zelfevaluatie/{year}");
    }

    private async Task<bool> OpenAsync(int year, Guid departmentId, CancellationToken ct)
    {
        if (!await OpenOwnAsync(ct) || !QualityInputs.IsYear(year))
        {
            return false;
        }
        var department = await Db.Set<QualityDepartment>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == departmentId && d.OrganisationId == OrganisationId, ct);
        if (department is null)
        {
            return false;
        }
        (Department, Year) = (department, year);
        Submitted = await Db.Set<SelfEvaluation>().AnyAsync(e => e.OrganisationId == OrganisationId && e.Year == year && e.Status == SelfEvaluationStatus.Submitted, ct);
        LastYear = await Db.Set<DomainScore>().Where(s => s.DepartmentId == departmentId && Db.Set<SelfEvaluation>().Any(e => e.Id == s.SelfEvaluationId && e.Year == year - 1))
            .ToDictionaryAsync(s => s.Domain, s => s.Level, ct);
        Actions = await Db.Set<ImprovementAction>().AsNoTracking().Where(a => a.OrganisationId == OrganisationId && a.Year == year).OrderBy(a => a.Title).ToListAsync(ct);
        return true;
    }
}
