using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Features.Mapping;

/// <summary>Saving a mapping version: the mapping page and a closing live meeting write it the same way.</summary>
public static class MappingVersions
{
    /// <summary>Freezes the case's current statements into the next version and adds it; the caller saves.</summary>
    public static async Task<MappingVersion> AddAsync(ZichtDb db, Guid caseId, DateOnly heldOn, MappingOccasion occasion,
        IReadOnlyCollection<Speaker> participants, string? note, string savedByName, CancellationToken ct = default)
    {
        var statements = await db.Set<MappingStatement>().AsNoTracking().Where(s => s.CaseId == caseId)
            .OrderBy(s => s.AddedAt)
            .Select(s => new StatementSnapshot(s.Id, s.Section, s.Text, s.SaidBy, s.SaidByName)).ToListAsync(ct);
        // Statements added in this unit of work (a live meeting accepting and closing at once) are not in the database yet.
        statements.AddRange(db.ChangeTracker.Entries<MappingStatement>()
            .Where(e => e.State == EntityState.Added && e.Entity.CaseId == caseId)
            .Select(e => new StatementSnapshot(e.Entity.Id, e.Entity.Section, e.Entity.Text, e.Entity.SaidBy, e.Entity.SaidByName)));
        var number = await db.Set<MappingVersion>().Where(v => v.CaseId == caseId).MaxAsync(v => (int?)v.Number, ct) ?? 0;
        var saved = new MappingVersion { CaseId = caseId, Number = number + 1, HeldOn = heldOn, Occasion = occasion, Note = note, SavedByName = savedByName };
        saved.Freeze(statements, participants);
        db.Add(saved);
        return saved;
    }
}
