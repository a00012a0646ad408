namespace Zicht.Infrastructure;

/// <summary>
/// An entity edited through forms. <see cref="Version"/> is the optimistic-concurrency token:
/// the form carries the version it was loaded with, and saving over a newer version fails
/// instead of silently overwriting someone else's change. ZichtDb increments it on every update.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}

/// <summary>
/// Anything that belongs to one case. Gives the global query filter (second line of defence after
/// CaseAccess) and lets the audit trail file each change under its case.
/// </summary>
public interface ICaseOwned
{
    Guid CaseId { get; }
}
