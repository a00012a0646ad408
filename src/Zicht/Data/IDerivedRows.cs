using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Zicht.Data;

/// <summary>
/// Rows a feature derives from what others record (a case's trajectory row from its casework, the
/// dashboards' team stamps from trajectories). A feature implements one (a class with a parameterless
/// constructor; ZichtDb finds every implementation in the assembly); every SaveChanges asks
/// each for the work the tracked changes need, and runs it in the save's own transaction, so a user
/// action, its audit lines and its derived rows are written together or not at all. This is how a
/// feature reacts to another's change without the recording feature knowing it exists.
/// </summary>
public interface IDerivedRows
{
    /// <summary>Looks at the changes about to be saved; the work they need, or null when none.</summary>
    DerivedWork? Plan(ZichtDb db, IReadOnlyList<EntityEntry> changes);

    /// <summary>After rows were written past SaveChanges (a bulk import), bring derived rows up to date.</summary>
    Task AfterBulkWriteAsync(ZichtDb db, ILogger? log, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>
/// Work inside a save's transaction: <see cref="BeforeSave"/> runs before the changes are written,
/// <see cref="AfterSave"/> after (it sees them, and saves what it derives in the same transaction).
/// </summary>
public sealed record DerivedWork(Func<CancellationToken, Task>? BeforeSave = null, Func<CancellationToken, Task>? AfterSave = null);
