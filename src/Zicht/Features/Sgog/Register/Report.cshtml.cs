using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Zicht.Features.Sgog.Register;

/// <summary>
/// The report to the administration, generated from the incident with exactly the parts it asks for
/// (<see cref="ReportContent"/>). It can be sent only when decided reportable and complete, and only as the
/// officer saw it: a change to the incident after the page was opened stops the send. Once sent it is a
/// frozen copy, and the page shows the administration's steps.
/// </summary>
public class ReportModel(RegisterServices services) : RegisterPage(services)
{
    public SgogIncident Incident { get; private set; } = null!;
    public Dictionary<string, string?> Texts { get; private set; } = [];
    public List<RequiredParts> Missing { get; private set; } = [];
    public bool Decided => Incident.Decision == ReportableDecision.Reportable;
    public bool CanSend => Incident.Report is null && Incident.ErasedOn is null && Decided && Missing.Count == 0;
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await OpenAsync(id, ct))
        {
            return NotFound();
        }
        Version = Incident.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await OpenAsync(id, ct))
        {
            return NotFound();
        }
        if (!CanSend)
        {
            ModelState.AddModelError("", Incident.Report is not null ? T["This report was already sent."]
                : !Decided ? T["Decide first that the incident is reportable."]
                : T["The report cannot be sent yet: fill in {0}.", string.Join("; ", Missing.Select(m => T[m.Name].Value))]);
            return Page();
        }
        if (Version != Incident.Version)
        {
            return Changed();
        }
        var report = new SgogReport { IncidentId = id, OrganisationId = ProviderId, SentOn = Today, SentById = StaffId };
        report.Sections.AddRange(ReportContent.Sections(Texts));
        Db.Add(report);
        Guard(Incident, Version);
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrency conflict (the incident changed) or the unique index (another officer sent it first).
            Db.ChangeTracker.Clear();
            await OpenAsync(id, ct);
            return Changed();
        }
        return Back(T["The report is sent to the administration. You will see here when they read it and return their summary note."], $"/sgog/incidenten/{id}/melding");
    }

    private PageResult Changed()
    {
        Version = Incident.Version;
        ModelState.Remove(nameof(Version));
        ModelState.AddModelError("", Incident.Report is not null
            ? T["Another officer sent this report meanwhile. Nothing was sent twice."]
            : T["The incident changed since you opened this page, so nothing was sent. Read the report below again, then send it."]);
        return Page();
    }

    private async Task<bool> OpenAsync(Guid id, CancellationToken ct)
    {
        if (await Services.Access.IncidentAsync(id, "SgogReport", ct) is not { } incident)
        {
            return false;
        }
        Incident = incident;
        if (incident.Report is { } sent)
        {
            await Db.Entry(sent).Collection(r => r.Sections).LoadAsync(ct);
            Texts = ReportContent.Read(sent.Sections);
        }
        else
        {
            Texts = ReportContent.Generate(incident, e => $"{T[$"EscalationKind.{e.Kind}"]}, {e.On:d}{(e.Note is null ? "" : ": " + e.Note)}");
            Missing = ReportContent.Missing(Texts);
        }
        return true;
    }
}
