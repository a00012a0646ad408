using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Features.Quality;

public sealed class FindingInput
{
    public string Domain { get; set; } = "";
    public bool Inspected { get; set; }
    public bool Confirmed { get; set; }
    public bool HigherLevelIndicators { get; set; }
    public string? Remarks { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// The inspectorate (or the administration) records, per provider, year and domain, whether the
/// self-evaluated level is confirmed and whether indicators of a higher level are already present; the
/// conclusion follows from the two flags. The provider sees the findings next to its own scores.
/// </summary>
[Authorize(Policy = Policies.QualityInspections)]
public class InspectionModel(QualityServices services) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Organisation { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public DateOnly? InspectedOn { get; set; }
    [BindProperty] public List<FindingInput> Findings { get; set; } = [];
    public List<(Guid Id, string Name)> Providers { get; private set; } = [];
    public QualityYear? Data { get; private set; }
    public int Shown => Year ?? services.Clock.GetLocalNow().Year - 1;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (Data is not null)
        {
            InspectedOn = Data.Findings.Values.Select(f => (DateOnly?)f.InspectedOn).Max();
            Findings = QualityDomainCatalog.Domains.Select(d => Data.Findings.TryGetValue(d.Code, out var f)
                ? new FindingInput { Domain = d.Code, Inspected = true, Confirmed = f.Confirmed, HigherLevelIndicators = f.HigherLevelIndicators, Remarks = f.Remarks, Version = f.Version }
                : new FindingInput { Domain = d.Code }).ToList();
            services.Db.RecordAudit(AuditActions.Read, nameof(InspectionFinding), $"{Organisation}/{Shown}", null);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Data is null)
        {
            return NotFound();
        }
        if (InspectedOn is null && Findings.Any(f => f.Inspected))
        {
            ModelState.AddModelError(nameof(InspectedOn), services.T["Give the date of the inspection."]);
            return Page();
        }
        var db = services.Db;
        var existing = await db.Set<InspectionFinding>().Where(f => f.OrganisationId == Data.OrganisationId && f.Year == Shown).ToListAsync(ct);
        foreach (var domain in QualityDomainCatalog.Domains)
        {
            var input = Findings.FirstOrDefault(f => f.Domain == domain.Code) ?? new FindingInput { Domain = domain.Code };
            var finding = existing.FirstOrDefault(f => f.Domain == domain.Code);
            if (finding is not null)
            {
                db.Entry(finding).Property(f => f.Version).OriginalValue = input.Version;
            }
            if (!input.Inspected)
            {
                if (finding is not null)
                {
                    db.Remove(finding);
                }
                continue;
            }
            finding ??= db.Add(new InspectionFinding { OrganisationId = Data.OrganisationId, Year = Shown, Domain = domain.Code }).Entity;
            (finding.InspectedOn, finding.Confirmed, finding.HigherLevelIndicators) = (InspectedOn!.Value, input.Confirmed, input.HigherLevelIndicators);
            finding.Remarks = string.IsNullOrWhiteSpace(input.Remarks) ? null : input.Remarks.Trim();
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", services.T["Someone else changed these findings while you were editing. Reload the page and check them again."]);
            return Page();
        }
        TempData["Flash"] = services.T["Inspection findings saved."].Value;
        return Redirect($"/kwaliteit/inspectie?organisation={Organisation}&year={Shown}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!QualityInputs.IsYear(Shown))
        {
            return false;
        }
        Providers = (await services.Db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Provider).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .OrderBy(o => o.Name, StringComparer.CurrentCulture).Select(o => (o.Id, o.Name)).ToList();
        if (Organisation is { } id)
        {
            if (Providers.All(p => p.Id != id))
            {
                return false;
            }
            Data = await QualityYear.LoadAsync(services.Db, id, Shown, ct);
        }
        return true;
    }
}
