using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Kernel;

namespace Zicht.Features.Sgog;

/// <summary>A client of the provider as the form offers it: grouped per case, never more than the name, role and year of birth.</summary>
public sealed record ClientChoice(Guid Id, string CaseReference, string Name, PersonRole Role, DateOnly? BirthDate);

/// <summary>
/// Who an officer can refer to instead of typing a name: the children, parents and network members of the
/// cases the provider works (a partnership, as the context workers' access rule has it; partner
/// professionals are not its clients) and the provider's own staff. The officer
/// has no case access, so the case filter is lifted here and replaced by this explicit rule.
/// </summary>
public static class SgogPeople
{
    public static Task<List<ClientChoice>> ClientsAsync(ZichtDb db, Guid provider, CancellationToken ct) =>
        db.CasePeople.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.Role != PersonRole.Professional && db.CasePartnerships.Any(x => x.CaseId == p.CaseId && x.OrganisationId == provider))
            .OrderBy(p => p.Case!.Reference).ThenBy(p => p.Role).ThenBy(p => p.FullName)
            .Select(p => new ClientChoice(p.Id, p.Case!.Reference, p.FullName, p.Role, p.BirthDate))
            .ToListAsync(ct);

    public static Task<Dictionary<Guid, string>> StaffAsync(ZichtDb db, Guid provider, CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => u.OrganisationId == provider).OrderBy(u => u.DisplayName)
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

    public static Dictionary<Guid, ClientFacts> Facts(IEnumerable<ClientChoice> clients) =>
        clients.ToDictionary(c => c.Id, c => new ClientFacts(c.Id, c.Role == PersonRole.Minor, c.BirthDate, c.Name));

    /// <summary>How a person involved is shown to the officer: the client or staff member, or the description.</summary>
    public static async Task<Dictionary<Guid, string>> NamesAsync(ZichtDb db, IEnumerable<SgogInvolvedPerson> people, CancellationToken ct)
    {
        var clientIds = people.Where(p => p.CasePersonId is not null).Select(p => p.CasePersonId!.Value).ToList();
        var staffIds = people.Where(p => p.StaffId is not null).Select(p => p.StaffId!.Value).ToList();
        var clients = await db.CasePeople.IgnoreQueryFilters().AsNoTracking().Where(p => clientIds.Contains(p.Id))
            .Select(p => new { p.Id, Name = p.FullName + " (" + p.Case!.Reference + ")" }).ToListAsync(ct);
        var staff = await db.Users.AsNoTracking().Where(u => staffIds.Contains(u.Id)).Select(u => new { u.Id, Name = u.DisplayName }).ToListAsync(ct);
        return clients.Concat(staff).ToDictionary(x => x.Id, x => x.Name);
    }
}
