using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Kernel;

namespace Zicht.Features.Quality;

/// <summary>What an import did: accepted (all rows) or rejected (nothing, with every problem).</summary>
public sealed record QualityImportOutcome(bool Accepted, IReadOnlyList<QualityProblem> Problems, int Rows, int Inserted, int Updated, int Unchanged);

/// <summary>
/// Imports of formats/quality.md: all or nothing (every row checked before anything is written, then one
/// save, one transaction, audited by the interceptor), and idempotent (a row with an existing key
/// updates it; the same file twice changes nothing).
/// </summary>
public sealed partial class QualityImport(ZichtDb db, TimeProvider clock)
{
    private sealed record ScoreRow(int Line, string Organisation, int Year, string Department, string WorkForm, string Domain, int Level, bool CarriedOver, string? Motivation);

    /// <summary>
    /// Self-evaluations. <paramref name="onlyOrganisation"/> limits a coordinator's import to their own
    /// provider. An import for the sector (no limit) is the administration's record of what providers
    /// submitted: complete evaluations it touches are marked submitted.
    /// </summary>
    public async Task<QualityImportOutcome> ImportSelfEvaluationsAsync(TextReader text, bool createMissing, Guid? onlyOrganisation, CancellationToken ct)
    {
        var problems = new List<QualityProblem>();
        var rows = QualityCsv.Read(text, QualityCsv.SelfEvaluationColumns, QualityCsv.SelfEvaluationRequired, problems);
        var organisations = await db.Organisations.ToListAsync(ct);
        var read = new List<ScoreRow>();
        var keys = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var before = problems.Count;
            var organisation = Organisation(row, organisations, createMissing, onlyOrganisation, problems);
            var year = Year(row, problems);
            Required(row, "department", problems);
            Required(row, "work_form", problems);
            if (row["work_form"].Length > 20)
            {
                problems.Add(new QualityProblem(row.Line, "work_form", row["work_form"], "a work form is a short code of at most 20 characters"));
            }
            var domain = Domain(row, problems);
            var levelProblem = QualityRules.ReadLevel(row["level"], out var level);
            if (levelProblem != LevelProblem.None)
            {
                problems.Add(new QualityProblem(row.Line, "level", row["level"], QualityRules.Reason(levelProblem)));
            }
            var carried = row["carried_over"].Length == 0 ? false : QualityCsv.Flag(row["carried_over"]);
            if (carried is null)
            {
                problems.Add(new QualityProblem(row.Line, "carried_over", row["carried_over"], "must be true or false"));
            }
            if (QualityRules.CarryOverLacksMotivation(carried == true, row["motivation"]))
            {
                problems.Add(new QualityProblem(row.Line, "motivation", "", "required when carried_over is true: a score taken over from last year must say why"));
            }
            var key = string.Join('\u001f', row["organisation"], row["year"], row["department"], row["work_form"], row["domain"]);
            if (!keys.TryAdd(key, row.Line))
            {
                problems.Add(new QualityProblem(row.Line, "(row)", "", $"duplicate key (organisation, year, department, work_form, domain): also on line {keys[key]}"));
            }
            if (problems.Count == before)
            {
                read.Add(new ScoreRow(row.Line, organisation!, year!.Value, row["department"], row["work_form"], domain!.Code, level, carried!.Value, Trim(row["motivation"])));
            }
        }
        if (problems.Count > 0)
        {
            return new QualityImportOutcome(false, problems, rows.Count, 0, 0, 0);
        }
        return await WriteScoresAsync(read, organisations, onlyOrganisation is null, ct);
    }

    private async Task<QualityImportOutcome> WriteScoresAsync(List<ScoreRow> rows, List<Organisation> organisations, bool markComplete, CancellationToken ct)
    {
        var (inserted, updated, unchanged) = (0, 0, 0);
        var touched = new HashSet<SelfEvaluation>();
        foreach (var row in rows)
        {
            var org = organisations.FirstOrDefault(o => Same(o.Name, row.Organisation)) ?? NewProvider(row.Organisation, organisations);
            var department = db.Set<QualityDepartment>().Local.FirstOrDefault(d => d.OrganisationId == org.Id && d.Name == row.Department && d.WorkForm == row.WorkForm)
                ?? await db.Set<QualityDepartment>().FirstOrDefaultAsync(d => d.OrganisationId == org.Id && d.Name == row.Department && d.WorkForm == row.WorkForm, ct)
                ?? db.Add(new QualityDepartment { OrganisationId = org.Id, Name = row.Department, WorkForm = row.WorkForm }).Entity;
            var evaluation = db.Set<SelfEvaluation>().Local.FirstOrDefault(e => e.OrganisationId == org.Id && e.Year == row.Year)
                ?? await db.Set<SelfEvaluation>().Include(e => e.Scores).FirstOrDefaultAsync(e => e.OrganisationId == org.Id && e.Year == row.Year, ct)
                ?? db.Add(new SelfEvaluation { OrganisationId = org.Id, Year = row.Year, UpdatedAt = Now }).Entity;
            touched.Add(evaluation);
            var score = evaluation.Scores.FirstOrDefault(s => s.DepartmentId == department.Id && s.Domain == row.Domain);
            if (score is null)
            {
                // Added explicitly: a new child with its key already set would otherwise be taken for an existing row.
                evaluation.Scores.Add(db.Add(new DomainScore { SelfEvaluationId = evaluation.Id, DepartmentId = department.Id, Domain = row.Domain, Level = row.Level, CarriedOver = row.CarriedOver, Explanation = row.Motivation }).Entity);
                evaluation.UpdatedAt = Now;
                inserted++;
            }
            else if (score.Level == row.Level && score.CarriedOver == row.CarriedOver && score.Explanation == row.Motivation)
            {
                unchanged++;
            }
            else
            {
                (score.Level, score.CarriedOver, score.Explanation) = (row.Level, row.CarriedOver, row.Motivation);
                evaluation.UpdatedAt = Now;
                updated++;
            }
        }
        foreach (var evaluation in touched.Where(e => markComplete && e.Status == SelfEvaluationStatus.Draft))
        {
            var departments = evaluation.Scores.Select(s => s.DepartmentId.ToString()).Distinct().ToList();
            if (QualityRules.CanSubmit(departments, evaluation.Scores.Select(s => (s.DepartmentId.ToString(), s.Domain))))
            {
                (evaluation.Status, evaluation.SubmittedAt, evaluation.UpdatedAt) = (SelfEvaluationStatus.Submitted, Now, Now);
            }
        }
        await db.SaveChangesAsync(ct);
        return new QualityImportOutcome(true, [], rows.Count, inserted, updated, unchanged);
    }

    private Organisation NewProvider(string name, List<Organisation> organisations)
    {
        var stem = new string(name.ToUpperInvariant().Where(char.IsLetterOrDigit).Take(16).ToArray());
        var code = stem;
        for (var n = 2; organisations.Any(o => o.Code == code); n++)
        {
            code = $"{stem}-{n}";
        }
        var org = new Organisation { Name = name, Code = code, Kind = OrganisationKind.Provider };
        organisations.Add(org);
        db.Add(org);
        return org;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string? Trim(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Required(CsvRow row, string column, List<QualityProblem> problems)
    {
        if (row[column].Length == 0)
        {
            problems.Add(new QualityProblem(row.Line, column, "", "required, but empty"));
        }
    }

    private static int? Year(CsvRow row, List<QualityProblem> problems)
    {
        if (int.TryParse(row["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && QualityInputs.IsYear(year))
        {
            return year;
        }
        problems.Add(new QualityProblem(row.Line, "year", row["year"], $"a year from {QualityDomainCatalog.ReferenceYear}, as a whole number"));
        return null;
    }

    private static QualityDomain? Domain(CsvRow row, List<QualityProblem> problems)
    {
        var domain = QualityDomainCatalog.Find(row["domain"]);
        if (domain is null)
        {
            problems.Add(new QualityProblem(row.Line, "domain", row["domain"], "unknown domain (one of: " + string.Join(", ", QualityDomainCatalog.Domains.Select(d => d.Code)) + ")"));
        }
        return domain;
    }

    private static string? Organisation(CsvRow row, List<Organisation> organisations, bool createMissing, Guid? only, List<QualityProblem> problems)
    {
        var name = row["organisation"];
        var found = organisations.FirstOrDefault(o => Same(o.Name, name));
        var reason = name.Length == 0 ? "required, but empty"
            : found is null && (!createMissing || only is not null) ? (only is null ? "unknown organisation (use --create-missing to create it)" : "not your organisation: only your own provider can be imported here")
            : found is not null && found.Kind != OrganisationKind.Provider ? "not a provider organisation"
            : found is not null && only is not null && found.Id != only ? "not your organisation: only your own provider can be imported here"
            : null;
        if (reason is not null)
        {
            problems.Add(new QualityProblem(row.Line, "organisation", name, reason));
            return null;
        }
        return found?.Name ?? name.Trim();
    }
}
