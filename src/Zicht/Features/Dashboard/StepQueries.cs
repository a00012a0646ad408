using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Query;
using Zicht.Features.Trajectories;

namespace Zicht.Features.Dashboard;

/// <summary>
/// Lets a query name "every dated indicator" once instead of spelling out the 13 steps and two safety
/// plans: write <see cref="DatedCounts"/> or <see cref="Dates"/> inside a lambda and pass it through
/// <see cref="Expand{TLambda}"/> (or <see cref="Expanded{T}"/>), which replaces the marker with one expression per indicator of
/// <see cref="TrajectorySteps.Dated"/>. The database sees the same SQL as a hand-written projection.
/// </summary>
internal static class StepQueries
{
    /// <summary>Marker: per dated indicator, how many trajectories of the group have it.</summary>
    public static int[] DatedCounts(IEnumerable<Trajectory> group) => throw Unexpanded();

    /// <summary>Marker: the trajectory's dated indicators, in <see cref="TrajectorySteps.Dated"/> order.</summary>
    public static DateOnly?[] Dates(Trajectory trajectory) => throw Unexpanded();

    public static TLambda Expand<TLambda>(TLambda query) where TLambda : LambdaExpression =>
        (TLambda)new Expander().Visit(query);

    /// <summary>The whole query with the markers expanded (for query syntax, where no single lambda can be passed).</summary>
    public static IQueryable<T> Expanded<T>(this IQueryable<T> query) =>
        query.Provider.CreateQuery<T>(new Expander().Visit(query.Expression));

    /// <summary><c>Select</c> with the markers expanded.</summary>
    public static IQueryable<TOut> SelectExpanded<TIn, TOut>(this IQueryable<TIn> source, Expression<Func<TIn, TOut>> selector) =>
        source.Select(Expand(selector));

    private static InvalidOperationException Unexpanded() => new("Use inside a query passed through StepQueries.Expand.");

    private static readonly MethodInfo CountWhere = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Count) && m.GetParameters().Length == 2)
        .MakeGenericMethod(typeof(Trajectory));

    private sealed class Expander : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(StepQueries))
            {
                return base.VisitMethodCall(node);
            }
            var argument = Visit(node.Arguments[0]);
            return node.Method.Name switch
            {
                nameof(DatedCounts) => Expression.NewArrayInit(typeof(int), TrajectorySteps.Dated.Select(d =>
                    Expression.Call(CountWhere, argument, Expression.Lambda<Func<Trajectory, bool>>(
                        Expression.NotEqual(d.Date.Body, Expression.Constant(null, typeof(DateOnly?))), d.Date.Parameters)))),
                nameof(Dates) => ReplacingExpressionVisitor.Replace(TrajectorySteps.AllDates.Parameters[0], argument, TrajectorySteps.AllDates.Body),
                _ => base.VisitMethodCall(node),
            };
        }
    }
}
