namespace Zicht.Features.Sgog;

/// <summary>One part of a report: its code, the item of the administration's list it belongs to, its title (a text key) and where it comes from.</summary>
public sealed record ReportPart(string Code, int Item, string Title, Func<SgogIncident, string?> From);

/// <summary>Parts of which at least one must be filled before a report can be sent.</summary>
public sealed record RequiredParts(string Name, IReadOnlyList<string> AnyOf);

/// <summary>
/// Exactly what the administration asks for in a report (seed 004:783–801, "Verwachtingen? Welke gegevens"),
/// said once: the report page, the sent copy, the administration's page and the tests iterate this list.
/// Nothing else of the incident goes out: no names, no people, no dates of birth.
/// </summary>
public static class ReportContent
{
    public const string Situation = "situation";
    public const string ActionsTaken = "actions-taken";
    public const string ActionsPlanned = "actions-planned";
    public const string Escalation = "escalation";

    public static readonly IReadOnlyList<ReportPart> Parts =
    [
        new(Situation, 1, "Short description of the situation, only the relevant elements: the problem, why one is worried, why it is reported", i => i.Description),
        new(ActionsTaken, 2, "Actions already taken by the organisation", i => i.ActionsTaken),
        new(ActionsPlanned, 2, "Actions planned by the organisation", i => i.ActionsPlanned),
        new("mapping", 3, "How the situation was mapped and further actions decided", i => i.Mapping),
        new("severity", 3, "Severity of the situation, shown through concrete situations", i => i.SeverityEvidence),
        new("sources", 3, "Relevant sources", i => i.Sources),
        new("professionals", 3, "Professionals involved and agreements made", i => i.Professionals),
        new("safety-installed", 3, "Safety installed", i => i.SafetyInstalled),
        new("safety-to-install", 3, "Safety still to install", i => i.SafetyToInstall),
        new("view-parents", 3, "View of the parents on the situation", i => i.ParentsView),
        new("view-child", 3, "View of the child on the situation", i => i.ChildView),
        new("view-foster-parents", 3, "View of the foster parents on the situation", i => i.FosterParentsView),
        new(Escalation, 3, "Escalation to the right level (prosecutor, VK, others), with dates", i => i.EscalationNote),
        new("aftercare", 3, "Aftercare and recovery", i => i.Aftercare),
    ];

    /// <summary>The item headings of the administration's list.</summary>
    public static readonly IReadOnlyDictionary<int, string> Items = new Dictionary<int, string>
    {
        [1] = "1. Situation",
        [2] = "2. Actions taken and planned",
        [3] = "3. How it was mapped and further actions decided",
    };

    /// <summary>
    /// PROPOSAL (spec §2.7): items 1 and 2, and at least the safety and the views of item 3. The seed sets no
    /// minimum; without these the administration cannot weigh whether first steps were taken.
    /// </summary>
    public static readonly IReadOnlyList<RequiredParts> Required =
    [
        new("the situation", [Situation]),
        new("the actions already taken", [ActionsTaken]),
        new("the actions planned", [ActionsPlanned]),
        new("the safety installed or still to install", ["safety-installed", "safety-to-install"]),
        new("the view of the parents, the child or the foster parents", ["view-parents", "view-child", "view-foster-parents"]),
    ];

    /// <summary>The report's text per part, generated from the incident. Escalations are listed with their dates, then the note.</summary>
    public static Dictionary<string, string?> Generate(SgogIncident incident, Func<SgogEscalation, string> escalationLine)
    {
        var texts = Parts.ToDictionary(p => p.Code, p => Clean(p.From(incident)));
        var lines = incident.Escalations.OrderBy(e => e.On).Select(escalationLine).ToList();
        if (texts[Escalation] is { } note)
        {
            lines.Add(note);
        }
        texts[Escalation] = lines.Count == 0 ? null : string.Join("\n", lines);
        return texts;
    }

    /// <summary>The frozen copy that is sent: one section per filled part.</summary>
    public static IEnumerable<SgogReportSection> Sections(IReadOnlyDictionary<string, string?> texts) =>
        texts.Where(t => t.Value is not null).Select(t => new SgogReportSection { Part = t.Key, Text = t.Value! });

    /// <summary>A sent report's text per part, read back from its sections.</summary>
    public static Dictionary<string, string?> Read(IEnumerable<SgogReportSection> sections) =>
        Parts.ToDictionary(p => p.Code, p => sections.FirstOrDefault(s => s.Part == p.Code)?.Text);

    /// <summary>The required parts still empty; a report is complete when this is empty.</summary>
    public static List<RequiredParts> Missing(IReadOnlyDictionary<string, string?> texts) =>
        Required.Where(r => r.AnyOf.All(code => string.IsNullOrWhiteSpace(texts.GetValueOrDefault(code)))).ToList();

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
