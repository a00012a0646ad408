using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using Zicht.Kernel;

namespace Zicht.Features.Trajectories;

/// <summary>A dated indicator of a trajectory: its exchange-format column and where its date lives.</summary>
public sealed record TrajectoryStep(string Code, Expression<Func<Trajectory, DateOnly?>> Date, Action<Trajectory, DateOnly?> Set)
{
    public Func<Trajectory, DateOnly?> Get { get; } = Date.Compile();
}

/// <summary>The trajectory's dated indicators, built from <see cref="StepCatalog"/>.</summary>
public static class TrajectorySteps
{
    /// <summary>The entity property holding a step's date (<c>Step01</c> … <c>Step13</c>).</summary>
    public static string PropertyOf(StepDefinition step) => $"Step{step.Number:00}";

    /// <summary>The 13 steps in the order of seed 001, Tabel 8 (and of every export).</summary>
    public static readonly IReadOnlyList<TrajectoryStep> All = [.. StepCatalog.Steps.Select(s => Of(s.Code, PropertyOf(s)))];

    /// <summary>The two safety-plan dates reported beside the steps (breadth and durations).</summary>
    public static readonly IReadOnlyList<TrajectoryStep> SafetyPlans =
    [
        Of("adult_safety_plan", nameof(Trajectory.AdultSafetyPlanOn)),
        Of("child_safety_plan", nameof(Trajectory.ChildSafetyPlanOn)),
    ];

    /// <summary>Steps then safety plans: every dated indicator, in export order.</summary>
    public static readonly IReadOnlyList<TrajectoryStep> Dated = [.. All, .. SafetyPlans];

    /// <summary>The date of a step in a trajectory.</summary>
    public static DateOnly? StepOn(this Trajectory t, PracticeStep step) => All[(int)step - 1].Get(t);

    /// <summary>Sets the date of a step.</summary>
    public static void SetStep(this Trajectory t, PracticeStep step, DateOnly? on) => All[(int)step - 1].Set(t, on);

    /// <summary>
    /// An expression over every dated indicator at once (<c>t => new DateOnly?[] { t.Step01, …, t.ChildSafetyPlanOn }</c>),
    /// for queries that read them all in one projection.
    /// </summary>
    public static Expression<Func<Trajectory, DateOnly?[]>> AllDates { get; } = BuildAllDates();

    private static Expression<Func<Trajectory, DateOnly?[]>> BuildAllDates()
    {
        var t = Expression.Parameter(typeof(Trajectory), "t");
        var dates = Dated.Select(d => ReplacingExpressionVisitor.Replace(d.Date.Parameters[0], t, d.Date.Body));
        return Expression.Lambda<Func<Trajectory, DateOnly?[]>>(Expression.NewArrayInit(typeof(DateOnly?), dates), t);
    }

    private static TrajectoryStep Of(string code, string property)
    {
        var t = Expression.Parameter(typeof(Trajectory), "t");
        var value = Expression.Parameter(typeof(DateOnly?), "on");
        var member = Expression.Property(t, property);
        return new(code, Expression.Lambda<Func<Trajectory, DateOnly?>>(member, t),
            Expression.Lambda<Action<Trajectory, DateOnly?>>(Expression.Assign(member, value), t, value).Compile());
    }
}
