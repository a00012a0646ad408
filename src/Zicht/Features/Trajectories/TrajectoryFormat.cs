using System.Globalization;

namespace Zicht.Features.Trajectories;

/// <summary>A trajectory as read from or written to the exchange format: the row plus the names of its place in the structure.</summary>
public sealed class TrajectoryRecord
{
    public int Line { get; init; }

    /// <summary>False when the reader found a problem in this row.</summary>
    public bool Valid { get; set; } = true;
    public string Organisation { get; set; } = "";
    public string Service { get; set; } = "";
    public string Region { get; set; } = "";
    public string Team { get; set; } = "";
    public Trajectory Values { get; init; } = new() { CaseRef = "" };
}

/// <summary>
/// One column of ../shared/formats/trajectories.md: how to read it (returning a reason when the value
/// is not acceptable) and how to write it. Empty cells never reach <see cref="Read"/>: they mean unknown.
/// </summary>
public sealed record TrajectoryColumn(string Name, bool Required, Func<TrajectoryRecord, string, string?> Read, Func<TrajectoryRecord, string?> Write);

public static class TrajectoryFormat
{
    public const string DateFormat = "yyyy-MM-dd";

    public static readonly IReadOnlyList<TrajectoryColumn> Columns = BuildColumns();

    public static readonly IReadOnlyDictionary<string, TrajectoryColumn> ByName =
        Columns.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);

    private static List<TrajectoryColumn> BuildColumns()
    {
        List<TrajectoryColumn> columns =
        [
            Text("case_ref", true, 64, (r, v) => r.Values.CaseRef = v, r => r.Values.CaseRef),
            Text("organisation", true, 200, (r, v) => r.Organisation = v, r => r.Organisation),
            Text("service", true, 40, (r, v) => r.Service = v, r => r.Service),
            Text("region", true, 100, (r, v) => r.Region = v, r => r.Region),
            Text("team", true, 200, (r, v) => r.Team = v, r => r.Team),
            Text("worker", false, 64, (r, v) => r.Values.Worker = v, r => r.Values.Worker),
            Date("opened_on", true, (r, d) => r.Values.OpenedOn = d, r => r.Values.OpenedOn),
            Date("closed_on", false, (r, d) => r.Values.ClosedOn = d, r => r.Values.ClosedOn),
            Text("closure_reason", false, 500, (r, v) => r.Values.ClosureReason = v, r => r.Values.ClosureReason),
            Date("child_birth_date", false, (r, d) => r.Values.ChildBirthDate = d, r => r.Values.ChildBirthDate),
            new("started_in_plan_b", false, ReadBool, r => r.Values.StartedInPlanB is { } b ? (b ? "true" : "false") : null),
            new("plan_b", false, (r, v) => ReadEnum(v, PlanBCodes, p => r.Values.PlanB = p), r => Code(PlanBCodes, r.Values.PlanB)),
            Count("network_members", (r, n) => r.Values.NetworkMembers = n, r => r.Values.NetworkMembers),
            Count("network_meetings", (r, n) => r.Values.NetworkMeetings = n, r => r.Values.NetworkMeetings),
            Date("adult_safety_plan_on", false, (r, d) => r.Values.AdultSafetyPlanOn = d, r => r.Values.AdultSafetyPlanOn),
            Date("child_safety_plan_on", false, (r, d) => r.Values.ChildSafetyPlanOn = d, r => r.Values.ChildSafetyPlanOn),
            new("placement", false, (r, v) => ReadEnum(v, PlacementCodes, p => r.Values.Placement = p), r => Code(PlacementCodes, r.Values.Placement)),
            Count("crisis_before", (r, n) => r.Values.CrisisBefore = n, r => r.Values.CrisisBefore),
            Count("crisis_after", (r, n) => r.Values.CrisisAfter = n, r => r.Values.CrisisAfter),
        ];
        columns.AddRange(TrajectorySteps.All.Select(s =>
            Date(s.Code, false, (r, d) => s.Set(r.Values, d), r => s.Get(r.Values))));
        return columns;
    }

    public static readonly IReadOnlyDictionary<string, PlanB> PlanBCodes = new Dictionary<string, PlanB>(StringComparer.OrdinalIgnoreCase)
    {
        ["none"] = PlanB.None,
        ["network"] = PlanB.Network,
        ["residential"] = PlanB.Residential,
    };

    public static readonly IReadOnlyDictionary<string, Placement> PlacementCodes = new Dictionary<string, Placement>(StringComparer.OrdinalIgnoreCase)
    {
        ["none"] = Placement.None,
        ["family_network"] = Placement.FamilyNetwork,
        ["social_network"] = Placement.SocialNetwork,
        ["foster"] = Placement.Foster,
        ["residential"] = Placement.Residential,
    };

    public static string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static TrajectoryColumn Text(string name, bool required, int maxLength, Action<TrajectoryRecord, string> set, Func<TrajectoryRecord, string?> get) =>
        new(name, required, (r, v) =>
        {
            if (v.Length > maxLength)
            {
                return $"longer than {maxLength} characters";
            }
            set(r, v);
            return null;
        }, get);

    private static TrajectoryColumn Date(string name, bool required, Action<TrajectoryRecord, DateOnly> set, Func<TrajectoryRecord, DateOnly?> get) =>
        new(name, required, (r, v) =>
        {
            if (!DateOnly.TryParseExact(v, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return "not a date in the form YYYY-MM-DD";
            }
            set(r, d);
            return null;
        }, r => get(r) is { } d ? FormatDate(d) : null);

    private static TrajectoryColumn Count(string name, Action<TrajectoryRecord, int> set, Func<TrajectoryRecord, int?> get) =>
        new(name, false, (r, v) =>
        {
            if (!int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return "not a whole number of 0 or more";
            }
            set(r, n);
            return null;
        }, r => get(r)?.ToString(CultureInfo.InvariantCulture));

    private static string? ReadBool(TrajectoryRecord r, string v)
    {
        if (!bool.TryParse(v, out var b))
        {
            return "must be true or false";
        }
        r.Values.StartedInPlanB = b;
        return null;
    }

    private static string? ReadEnum<T>(string v, IReadOnlyDictionary<string, T> codes, Action<T> set)
    {
        if (!codes.TryGetValue(v, out var value))
        {
            return "must be one of " + string.Join(", ", codes.Keys);
        }
        set(value);
        return null;
    }

    private static string? Code<T>(IReadOnlyDictionary<string, T> codes, T? value) where T : struct, Enum =>
        value is null ? null : codes.First(c => c.Value.Equals(value.Value)).Key;
}
