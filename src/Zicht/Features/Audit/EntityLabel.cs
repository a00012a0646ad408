using Microsoft.Extensions.Localization;

namespace Zicht.Features.Audit;

/// <summary>
/// What an audit line is about, in the reader's words ("Uitspraak in de mapping", not "MappingStatement").
/// A record type without a text yet shows its code, rather than nothing.
/// </summary>
public static class EntityLabel
{
    public static string Of(IStringLocalizer t, string entityType)
    {
        var text = t[$"Entity.{entityType}"];
        return text.ResourceNotFound || text.Value == $"Entity.{entityType}" ? entityType : text.Value;
    }
}
