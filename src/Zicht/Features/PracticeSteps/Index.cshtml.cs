using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Casework;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Features.PracticeSteps;

/// <summary>
/// The 13 practice steps of the case as a timeline. Dates come from the records; only the steps no
/// record proves (06, 09) have a form, so nobody ticks a step twice.
/// </summary>
public class IndexModel(CaseworkServices services) : CaseworkPageModel(services)
{
    public IReadOnlyDictionary<PracticeStep, StepDate> Steps { get; private set; } = new Dictionary<PracticeStep, StepDate>();

    [BindProperty] public PracticeStep Step { get; set; }
    [BindProperty] public DateOnly? On { get; set; }
    [BindProperty] public int Version { get; set; }
    public Dictionary<PracticeStep, int> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Read, "PracticeSteps"))
        {
            return NotFound();
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "WorkerRecordedStep"))
        {
            return NotFound();
        }
        if (!StepCatalog.WorkerRecorded.Contains(Step))
        {
            ModelState.AddModelError("", T["This step follows from the records; it cannot be ticked by hand."]);
        }
        CheckDate(nameof(On), On);
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var existing = await Db.Set<WorkerRecordedStep>().FirstOrDefaultAsync(s => s.CaseId == id && s.Step == Step);
        if (existing is null && On is { } first)
        {
            Db.Add(new WorkerRecordedStep { CaseId = id, Step = Step, On = first, RecordedByName = ActorName });
        }
        else if (existing is not null)
        {
            Db.Entry(existing).Property(s => s.Version).OriginalValue = Version;
            if (On is { } changed)
            {
                existing.On = changed;
                existing.RecordedByName = ActorName;
            }
            else
            {
                Db.Remove(existing); // clearing the date withdraws the step
            }
        }
        if (!await SaveAsync(T["Someone else recorded this step in the meantime. Check the date below."]))
        {
            await LoadAsync();
            return Page();
        }
        return Redirect($"/dossiers/{id}/stappen");
    }

    private async Task LoadAsync()
    {
        Steps = StepDerivation.Derive(await CaseRecordsLoader.LoadAsync(Db, Case.Id));
        Versions = await Db.Set<WorkerRecordedStep>().AsNoTracking().Where(s => s.CaseId == Case.Id).ToDictionaryAsync(s => s.Step, s => s.Version);
    }
}
