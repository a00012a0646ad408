namespace Zicht.Features.Surveys;

/// <summary>What the shared item partial needs to draw one question.</summary>
public sealed record ItemView(Instrument Instrument, Item Item, string? Value, bool Missing, bool ForChild);
