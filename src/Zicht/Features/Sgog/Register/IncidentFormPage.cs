using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Audit;

namespace Zicht.Features.Sgog.Register;

/// <summary>"Register an incident" and "edit an incident": one form, the provider's clients and staff to choose from, one set of checks.</summary>
public abstract class IncidentFormPage(RegisterServices services) : RegisterPage(services)
{
    [BindProperty] public IncidentInput Input { get; set; } = new();
    public List<ClientChoice> Clients { get; private set; } = [];
    public Dictionary<Guid, string> Staff { get; private set; } = [];

    /// <summary>The clients list names children: opening it is a read of its own in the trail.</summary>
    protected async Task LoadChoicesAsync(CancellationToken ct)
    {
        Clients = await SgogPeople.ClientsAsync(Db, ProviderId, ct);
        Staff = await SgogPeople.StaffAsync(Db, ProviderId, ct);
        Db.RecordAudit(AuditActions.Read, "SgogClientList", ProviderId.ToString(), caseId: null);
    }

    /// <summary>Form rules and the rules that need the database; true when the input may be saved.</summary>
    protected async Task<bool> ValidateAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        AddProblems(IncidentRules.Check(Input, Today, SgogPeople.Facts(Clients), Staff.Keys.ToHashSet()));
        return ModelState.IsValid;
    }

    /// <summary>The next register number of the year: "2026-004". Unique per provider; a clash (two at once) is retried by the caller.</summary>
    protected async Task<string> NextReferenceAsync(int year, CancellationToken ct)
    {
        var prefix = $"{year}-";
        var taken = await Db.Set<SgogIncident>().Where(i => i.OrganisationId == ProviderId && i.Reference.StartsWith(prefix))
            .Select(i => i.Reference).ToListAsync(ct);
        var last = taken.Select(r => int.TryParse(r[prefix.Length..], out var n) ? n : 0).DefaultIfEmpty(0).Max();
        return $"{prefix}{last + 1:000}";
    }
}
