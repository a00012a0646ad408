using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Casework;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Mapping;

/// <summary>
/// The three-column mapping: the start page of the casework. Reads only the current statements and the
/// version headers (never the frozen snapshots), so it stays fast with dozens of versions.
/// </summary>
public class IndexModel(CaseworkServices services) : CaseworkPageModel(services)
{
    public sealed record VersionRow(int Number, DateOnly HeldOn, MappingOccasion Occasion, string Participants, int StatementCount, string SavedByName);

    [BindProperty] public AddStatementInput Statement { get; set; } = new();
    [BindProperty] public SaveVersionInput NewVersion { get; set; } = new();
    [BindProperty] public HarmInput NewHarm { get; set; } = new();

    public List<MappingStatement> Statements { get; private set; } = [];
    public List<VersionRow> Versions { get; private set; } = [];
    public List<HarmMatrixEntry> Harms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, MappingSection? rubriek)
    {
        if (!await OpenAsync(id, CaseOperation.Read, "Mapping"))
        {
            return NotFound();
        }
        Statement.Section = rubriek ?? MappingSection.PastHarm;
        NewVersion.HeldOn = Today;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAddStatementAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "Mapping"))
        {
            return NotFound();
        }
        if (!IsValid(nameof(Statement)))
        {
            return await RedisplayAsync();
        }
        Db.Add(new MappingStatement { CaseId = id, Section = Statement.Section, Text = Statement.Text!.Trim(), SaidBy = Statement.SaidBy, SaidByName = Statement.SaidByName?.Trim() });
        if (!await SaveAsync(T["Someone else changed the mapping. Try again."]))
        {
            return await RedisplayAsync();
        }
        // Back to the same heading, so the next statement is one keystroke away.
        return Redirect($"/dossiers/{id}/mapping?rubriek={Statement.Section}#add-statement");
    }

    /// <summary><paramref name="remove"/> is "statement id:version" from the button pressed.</summary>
    public async Task<IActionResult> OnPostRemoveStatementAsync(Guid id, string? remove)
    {
        var parts = (remove ?? "").Split(':');
        if (parts.Length != 2 || !Guid.TryParse(parts[0], out var statementId) || !int.TryParse(parts[1], out var version)
            || !await OpenAsync(id, CaseOperation.Record, "Mapping"))
        {
            return NotFound();
        }
        var statement = await Db.Set<MappingStatement>().FirstOrDefaultAsync(s => s.Id == statementId && s.CaseId == id);
        if (statement is null)
        {
            return NotFound();
        }
        Db.Entry(statement).Property(s => s.Version).OriginalValue = version;
        Db.Remove(statement);
        if (!await SaveAsync(T["Someone else changed this statement while you were looking at it. Nothing was removed."]))
        {
            return await RedisplayAsync();
        }
        return Redirect($"/dossiers/{id}/mapping");
    }

    public async Task<IActionResult> OnPostSaveVersionAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "Mapping"))
        {
            return NotFound();
        }
        CheckDate("NewVersion.HeldOn", NewVersion.HeldOn);
        if (!IsValid(nameof(NewVersion)))
        {
            return await RedisplayAsync();
        }
        var saved = await MappingVersions.AddAsync(Db, id, NewVersion.HeldOn!.Value, NewVersion.Occasion, NewVersion.Participants, NewVersion.Note, ActorName);
        if (!await SaveAsync(T["Someone else saved a version at the same moment. Save again."]))
        {
            return await RedisplayAsync();
        }
        TempData["Flash"] = T["Version {0} of the mapping saved.", saved.Number].Value;
        return Redirect($"/dossiers/{id}/mapping");
    }

    public async Task<IActionResult> OnPostAddHarmAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "Mapping"))
        {
            return NotFound();
        }
        if (!IsValid(nameof(NewHarm)))
        {
            return await RedisplayAsync();
        }
        var h = NewHarm;
        Db.Add(new HarmMatrixEntry { CaseId = id, Harm = h.Harm!, Severity = h.Severity, Frequency = h.Frequency, Impact = h.Impact, FirstIncident = h.FirstIncident, WorstIncident = h.WorstIncident, LastIncident = h.LastIncident });
        if (!await SaveAsync(T["Someone else changed the mapping. Try again."]))
        {
            return await RedisplayAsync();
        }
        return Redirect($"/dossiers/{id}/mapping#harm-matrix");
    }

    public async Task<IActionResult> OnPostRemoveHarmAsync(Guid id, Guid recordId, int version)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "Mapping"))
        {
            return NotFound();
        }
        if (!await RemoveAsync<HarmMatrixEntry>(recordId, version, T["Someone else changed this row of the harm matrix. Nothing was removed."]))
        {
            return await RedisplayAsync();
        }
        return Redirect($"/dossiers/{id}/mapping#harm-matrix");
    }

    /// <summary>Each form posts one input group; the others must not fail validation.</summary>
    private bool IsValid(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal) && k.Length > 0).ToList())
        {
            ModelState.Remove(key);
        }
        return ModelState.IsValid;
    }

    private async Task<IActionResult> RedisplayAsync()
    {
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var id = Case.Id;
        Statements = await Db.Set<MappingStatement>().AsNoTracking().Where(s => s.CaseId == id).OrderBy(s => s.AddedAt).ToListAsync();
        Versions = await Db.Set<MappingVersion>().AsNoTracking().Where(v => v.CaseId == id).OrderByDescending(v => v.Number)
            .Select(v => new VersionRow(v.Number, v.HeldOn, v.Occasion, v.Participants, v.StatementCount, v.SavedByName)).ToListAsync();
        Harms = await Db.Set<HarmMatrixEntry>().AsNoTracking().Where(h => h.CaseId == id).ToListAsync();
    }
}
