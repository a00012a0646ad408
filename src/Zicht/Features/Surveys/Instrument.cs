using System.Globalization;
using System.Text.Json.Serialization;

namespace Zicht.Features.Surveys;

/// <summary>A text in both UI languages. Dutch is the reference wording (seed 001 Bijlage 2A/2C).</summary>
public sealed record LocalText(string Nl, string En)
{
    public string For(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" ? En : Nl;
    public string Current => For(CultureInfo.CurrentUICulture);
}

/// <summary>How an item is answered.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ItemKind>))]
public enum ItemKind { Choice, Open }

/// <summary>One point of an answer scale; <see cref="Collapsed"/> is its group in the 3-point analysis.</summary>
public sealed record ScalePoint(int Value, LocalText Label, string? Smiley = null, int? Collapsed = null);

/// <summary>An answer scale (5-point agreement, Ja/Soms/Nee, 1-10 …).</summary>
public sealed record Scale(string Key, IReadOnlyList<ScalePoint> Points, IReadOnlyList<LocalText>? CollapsedLabels = null)
{
    public bool CanCollapse => CollapsedLabels is { Count: > 0 } && Points.All(p => p.Collapsed is not null);
    public ScalePoint? Point(int value) => Points.FirstOrDefault(p => p.Value == value);
}

/// <summary>A question. Open items take free text; choice items a value of their scale.</summary>
public sealed record Item(string Key, LocalText Text, ItemKind Kind = ItemKind.Choice, string? Scale = null,
    bool Required = false, LocalText? Hint = null);

/// <summary>
/// A part of a questionnaire. <see cref="ForRoles"/> routes it: when set, only respondents whose role
/// (their answer to the instrument's role item, or the invited role) is listed see the section, as the
/// staff survey's "Enkel voor consulenten en leden regionale staf" parts.
/// </summary>
public sealed record Section(string Key, LocalText Title, IReadOnlyList<Item> Items, LocalText? Intro = null,
    IReadOnlyList<string>? ForRoles = null)
{
    public bool AppliesTo(string? role) => ForRoles is null || (role is not null && ForRoles.Contains(role));
}

/// <summary>Who answers a questionnaire.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Audience>))]
public enum Audience { Parent, Child, NetworkMember, Staff, FollowUp }

/// <summary>
/// A questionnaire as data: one version of it. Answers are stored against the version they answered,
/// so revising an instrument never changes the meaning of old answers.
/// </summary>
public sealed record Instrument(string Key, int Version, Audience Audience, LocalText Title, LocalText Intro,
    IReadOnlyList<Scale> Scales, IReadOnlyList<Section> Sections, string? RoleItem = null)
{
    public Scale ScaleOf(Item item) =>
        Scales.FirstOrDefault(s => s.Key == item.Scale) ?? throw new InvalidOperationException($"Item {item.Key} has no scale.");

    public IEnumerable<Item> AllItems => Sections.SelectMany(s => s.Items);

    public Item? FindItem(string key) => AllItems.FirstOrDefault(i => i.Key == key);

    /// <summary>The sections a respondent with this role sees, in order.</summary>
    public IEnumerable<Section> SectionsFor(string? role) => Sections.Where(s => s.AppliesTo(role));
}
