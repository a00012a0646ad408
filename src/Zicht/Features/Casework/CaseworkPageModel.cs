using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Zicht.Data;
using Zicht.Infrastructure;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;
using Zicht.Kernel;

namespace Zicht.Features.Casework;

/// <summary>The services every casework page needs, injected as one.</summary>
public sealed record CaseworkServices(ZichtDb Db, CaseAccess Access, IStringLocalizer<SharedText> T, TimeProvider Clock);

/// <summary>
/// Base of the casework pages: opens the case through CaseAccess (404 for not-found and not-allowed
/// alike) and saves with conflict detection. The case's Trajectory row follows in the same save
/// (the practice-steps feature derives it; see <see cref="Data.IDerivedRows"/>).
/// </summary>
public abstract class CaseworkPageModel(CaseworkServices services) : PageModel
{
    protected ZichtDb Db => services.Db;
    protected IStringLocalizer<SharedText> T => services.T;
    public Case Case { get; private set; } = null!;
    public bool CanRecord { get; private set; }
    public DateOnly Today => DateOnly.FromDateTime(services.Clock.GetLocalNow().DateTime);

    /// <summary>Loads the case for <paramref name="operation"/>; false means answer 404.</summary>
    protected async Task<bool> OpenAsync(Guid id, CaseOperation operation, string what)
    {
        var found = await services.Access.LoadAsync(id, operation, what);
        if (found is null)
        {
            return false;
        }
        Case = found;
        CanRecord = await services.Access.AllowsAsync(found, CaseOperation.Record);
        return true;
    }

    /// <summary>
    /// Saves (the trajectory follows in the same transaction). On a concurrency conflict nothing is written, the form keeps
    /// what the user typed, and a clear message says what happened; returns false then.
    /// </summary>
    protected async Task<bool> SaveAsync(string conflictMessage)
    {
        try
        {
            await Db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            ModelState.AddModelError("", conflictMessage);
            return false;
        }
        return true;
    }

    /// <summary>
    /// Saves an edit of <paramref name="record"/> made on a form opened at <paramref name="expectedVersion"/>
    /// (the page's bound <c>Version</c>). On a conflict nothing is written, the message is shown, and the
    /// version now stored is returned for the form, so saving again overwrites knowingly.
    /// </summary>
    protected async Task<(bool Saved, int Version)> SaveEditAsync<TRecord>(TRecord record, int expectedVersion, string conflictMessage)
        where TRecord : class, IVersioned
    {
        var entry = Db.Entry(record);
        var id = entry.Property<Guid>("Id").CurrentValue;
        entry.Property(nameof(IVersioned.Version)).OriginalValue = expectedVersion;
        if (await SaveAsync(conflictMessage))
        {
            return (true, record.Version);
        }
        ModelState.Remove("Version");
        return (false, await Db.Set<TRecord>().Where(r => EF.Property<Guid>(r, "Id") == id).Select(r => r.Version).FirstOrDefaultAsync());
    }

    /// <summary>
    /// Removes one record of this case; the audit trail keeps what it held.
    /// A record that is gone already, or was changed since the page was shown (its version differs), is
    /// left as it is and the page says so; returns false then. <paramref name="alsoRemove"/> adds
    /// dependent rows (uploads) to the same save.
    /// </summary>
    protected async Task<bool> RemoveAsync<TRecord>(Guid recordId, int? version, string conflictMessage, Func<TRecord, Task>? alsoRemove = null)
        where TRecord : class, ICaseOwned
    {
        // A remove form posts no fields: errors of the page's other forms are not the user's.
        ModelState.Clear();
        var record = await Db.Set<TRecord>().FirstOrDefaultAsync(r => EF.Property<Guid>(r, "Id") == recordId && EF.Property<Guid>(r, "CaseId") == Case.Id);
        if (record is null)
        {
            ModelState.AddModelError("", T["This was removed already."]);
            return false;
        }
        if (record is IVersioned && version is { } expected)
        {
            Db.Entry(record).Property(nameof(IVersioned.Version)).OriginalValue = expected;
        }
        if (alsoRemove is not null)
        {
            await alsoRemove(record);
        }
        Db.Remove(record);
        return await SaveAsync(conflictMessage);
    }

    /// <summary>A date on a record: not in the future, not absurdly old, and (for a child) not before birth.</summary>
    protected void CheckDate(string field, DateOnly? on, DateOnly? birthDate = null)
    {
        if (on is not { } d)
        {
            return;
        }
        if (d > Today)
        {
            ModelState.AddModelError(field, T["The date cannot be in the future."]);
        }
        else if (birthDate is { } born && d < born)
        {
            ModelState.AddModelError(field, T["The date is before the child's birth date ({0}).", born.ToString("d")]);
        }
        else if (d.Year < 1990)
        {
            ModelState.AddModelError(field, T["The date is too far in the past."]);
        }
    }

    protected string ActorName => services.Db.Context.ActorName;
}
