using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Zicht.Infrastructure.Localisation;

/// <summary>Marker type for the app's one text table: <c>IStringLocalizer&lt;SharedText&gt;</c>.</summary>
public sealed class SharedText;

/// <summary>
/// Texts live in <c>texts.nl.json</c> and <c>texts.en.json</c> files (one pair in Resources/ for shared
/// texts, one pair per feature folder), keyed by the English text. All files of a language are merged.
/// English falls back to the key, so only Dutch must be complete (a test checks this).
/// </summary>
public sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> _tables = new();

    public IStringLocalizer Create(Type resourceSource) => new JsonStringLocalizer(this);
    public IStringLocalizer Create(string baseName, string location) => new JsonStringLocalizer(this);

    internal IReadOnlyDictionary<string, string> Table(string language) => _tables.GetOrAdd(language, Load);

    public static IReadOnlyDictionary<string, string> Load(string language)
    {
        var assembly = typeof(JsonStringLocalizerFactory).Assembly;
        var table = new Dictionary<string, string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith($"texts.{language}.json", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [])
            {
                table[key] = value;
            }
        }
        return table;
    }
}

internal sealed class JsonStringLocalizer(JsonStringLocalizerFactory factory) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var table = factory.Table(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
            var found = table.TryGetValue(name, out var value);
            return new LocalizedString(name, value ?? name, resourceNotFound: !found);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        factory.Table(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName).Select(p => new LocalizedString(p.Key, p.Value));
}
