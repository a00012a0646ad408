namespace Zicht.Features.Trajectories;

public enum PlanB { None, Network, Residential }

public enum Placement { None, FamilyNetwork, SocialNetwork, Foster, Residential }

/// <summary>
/// One trajectory in the shape of the exchange format (../shared/formats/trajectories.md): the row
/// every breadth, duration and core-data figure is computed from. Imported historical trajectories
/// have no <see cref="CaseId"/>; a live case keeps its own row up to date from what was recorded.
/// Group columns are denormalised ids so dashboards aggregate without joins over a million rows.
/// </summary>
public class Trajectory
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The live case this row is derived from, or null for an imported historical trajectory.</summary>
    public Guid? CaseId { get; set; }
    public required string CaseRef { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ServiceId { get; set; }
    public Guid RegionId { get; set; }
    public Guid TeamId { get; set; }

    /// <summary>Staff code of the responsible worker (format column <c>worker</c>).</summary>
    public string? Worker { get; set; }
    public DateOnly OpenedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }

    /// <summary>
    /// The closing-year cohort (year of <see cref="ClosedOn"/>), always derived from it; stored only so the
    /// dashboards group by a plain column the database has statistics for (docs/decisions/033-one-scan-per-page.md).
    /// </summary>
    public int? ClosingYear
    {
        get => ClosedOn?.Year;
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE0060", Justification = "EF materialises the column; the value is derived.")]
        private set { }
    }
    public string? ClosureReason { get; set; }
    public DateOnly? ChildBirthDate { get; set; }
    public bool? StartedInPlanB { get; set; }
    public PlanB? PlanB { get; set; }
    public int? NetworkMembers { get; set; }
    public int? NetworkMeetings { get; set; }
    public DateOnly? AdultSafetyPlanOn { get; set; }
    public DateOnly? ChildSafetyPlanOn { get; set; }
    public Placement? Placement { get; set; }
    public int? CrisisBefore { get; set; }
    public int? CrisisAfter { get; set; }

    // The first date of each practice step, by step number. StepCatalog (Kernel) says what each step is
    // and names its column; TrajectorySteps reads and writes them by step. Nothing else lists them.
    public DateOnly? Step01 { get; set; }
    public DateOnly? Step02 { get; set; }
    public DateOnly? Step03 { get; set; }
    public DateOnly? Step04 { get; set; }
    public DateOnly? Step05 { get; set; }
    public DateOnly? Step06 { get; set; }
    public DateOnly? Step07 { get; set; }
    public DateOnly? Step08 { get; set; }
    public DateOnly? Step09 { get; set; }
    public DateOnly? Step10 { get; set; }
    public DateOnly? Step11 { get; set; }
    public DateOnly? Step12 { get; set; }
    public DateOnly? Step13 { get; set; }

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}
