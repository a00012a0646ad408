using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Primitives;

namespace Zicht.Features.Surveys;

/// <summary>
/// A respondent's answers: item key → value (a scale value as text, or free text). Stored as JSON next
/// to the instrument version it answered, so a later revision cannot change what an answer meant.
/// </summary>
public static class Answers
{
    public const int MaxOpenLength = 2000;
    public const string FieldPrefix = "a.";

    public static Dictionary<string, string> Parse(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];

    public static string Write(IReadOnlyDictionary<string, string> answers) => JsonSerializer.Serialize(answers);

    /// <summary>Takes the instrument's items from a posted form (fields "a.{item}"), ignoring anything else.</summary>
    public static Dictionary<string, string> FromForm(Instrument instrument, IEnumerable<KeyValuePair<string, StringValues>> form)
    {
        var posted = form.ToDictionary(f => f.Key, f => f.Value.ToString());
        var answers = new Dictionary<string, string>();
        foreach (var item in instrument.AllItems)
        {
            if (posted.TryGetValue(FieldPrefix + item.Key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                answers[item.Key] = item.Kind == ItemKind.Open ? Trim(value) : value.Trim();
            }
        }
        return answers;
    }

    /// <summary>The role that routes sections: the answer to the role item, else the invited role.</summary>
    public static string? RoleOf(Instrument instrument, IReadOnlyDictionary<string, string> answers, string? invitedRole = null) =>
        instrument.RoleItem is { } key ? answers.GetValueOrDefault(key) : invitedRole;

    /// <summary>
    /// Keeps only answers to items the respondent is routed to and with valid values; returns the keys
    /// of required items still missing (to show, not to store).
    /// </summary>
    public static (Dictionary<string, string> Clean, List<string> MissingRequired) Check(Instrument instrument, IReadOnlyDictionary<string, string> answers)
    {
        var role = RoleOf(instrument, answers);
        var clean = new Dictionary<string, string>();
        var missing = new List<string>();
        foreach (var item in instrument.SectionsFor(role).SelectMany(s => s.Items))
        {
            if (answers.TryGetValue(item.Key, out var value) && IsValid(instrument, item, value))
            {
                clean[item.Key] = value;
            }
            else if (item.Required)
            {
                missing.Add(item.Key);
            }
        }
        return (clean, missing);
    }

    /// <summary>Items the respondent is routed to whose posted value is not one the item allows (never dropped silently).</summary>
    public static List<string> Invalid(Instrument instrument, IReadOnlyDictionary<string, string> answers) =>
        [.. instrument.SectionsFor(RoleOf(instrument, answers)).SelectMany(s => s.Items)
            .Where(i => answers.TryGetValue(i.Key, out var v) && !IsValid(instrument, i, v)).Select(i => i.Key)];

    public static int? Value(IReadOnlyDictionary<string, string> answers, string key) =>
        answers.TryGetValue(key, out var v) && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static bool IsValid(Instrument instrument, Item item, string value) => item.Kind switch
    {
        ItemKind.Open => value.Length <= MaxOpenLength,
        _ => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && instrument.ScaleOf(item).Point(n) is not null,
    };

    private static string Trim(string value)
    {
        value = value.Trim();
        return value.Length <= MaxOpenLength ? value : value[..MaxOpenLength];
    }
}
