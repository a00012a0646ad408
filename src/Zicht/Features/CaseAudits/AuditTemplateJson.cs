using System.Reflection;
using System.Text.Json;

namespace Zicht.Features.CaseAudits;

/// <summary>
/// Reads and checks audit templates written as JSON: the shipped default (embedded) and revisions an
/// administrator uploads. A malformed template is refused with its reasons, never half-stored.
/// </summary>
public static class AuditTemplateJson
{
    public const string DefaultKey = "case-audit";
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static AuditTemplate Parse(string json)
    {
        var template = JsonSerializer.Deserialize<AuditTemplate>(json, Options) ?? throw new InvalidOperationException("The template is empty.");
        var problems = Validate(template);
        return problems.Count == 0 ? template
            : throw new InvalidOperationException($"Template '{template.Key}' is not valid: {string.Join("; ", problems)}");
    }

    public static string Write(AuditTemplate template) => JsonSerializer.Serialize(template, Options);

    public static List<string> Validate(AuditTemplate t)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(t.Key) || t.Version < 1)
        {
            problems.Add("key and a version ≥ 1 are required");
        }
        if (t.ScaleMin >= t.ScaleMax || t.ScaleMax - t.ScaleMin > 20)
        {
            problems.Add("scaleMin must be below scaleMax (at most 21 points)");
        }
        if (t.Principles is not { Count: > 0 })
        {
            problems.Add("at least one principle is required");
            return problems;
        }
        Unique(problems, "principle code", t.Principles.Select(p => p.Code));
        Unique(problems, "question code", t.Principles.SelectMany(p => p.ScaleQuestions.Select(q => q.Code)
            .Concat(p.ReflectionPrompts.Select(r => r.Code)).Concat(p.EvidencePrompts.Select(e => e.Code))));
        foreach (var p in t.Principles)
        {
            if (p.ScaleQuestions is not { Count: > 0 })
            {
                problems.Add($"principle {p.Code} has no scaling question");
            }
            if (p.Steps.Any(s => s is < 1 or > 13))
            {
                problems.Add($"principle {p.Code} names a step outside 1–13");
            }
            foreach (var q in p.ScaleQuestions.Where(q => q.Anchors.Any(a => !t.InScale(a.Value))))
            {
                problems.Add($"question {q.Code} has an anchor outside the scale");
            }
        }
        return problems;
    }

    private static void Unique(List<string> problems, string what, IEnumerable<string> codes)
    {
        foreach (var repeated in codes.GroupBy(c => c).Where(g => g.Count() > 1 || string.IsNullOrWhiteSpace(g.Key)))
        {
            problems.Add($"{what} '{repeated.Key}' is empty or repeats");
        }
    }

    /// <summary>The shipped default template (spec case-audit.md §1.3.3).</summary>
    public static string LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Zicht.CaseAudits.{DefaultKey}.json")
            ?? throw new InvalidOperationException("No shipped audit template.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
