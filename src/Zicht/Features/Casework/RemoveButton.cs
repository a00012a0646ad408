namespace Zicht.Features.Casework;

/// <summary>
/// A remove button behind a second click (a disclosure, so it works without JavaScript): what it
/// removes is named for screen readers, and the record's version travels along to detect a concurrent edit.
/// </summary>
public sealed record RemoveButton(string Handler, Guid RecordId, int? Version, string What);
