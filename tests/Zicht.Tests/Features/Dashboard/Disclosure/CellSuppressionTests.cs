using Zicht.Infrastructure.Disclosure;

namespace Zicht.Tests.Features.Dashboard.Disclosure;

/// <summary>Complementary suppression on small hand-made tables: the channels issue 8 found, one by one.</summary>
public class CellSuppressionTests
{
    private static Cell C(long size, params int[] atoms) => new(atoms, size);

    [Fact]
    public void One_hidden_child_takes_a_sibling_with_it_so_parent_minus_children_gives_nothing()
    {
        // Service (atoms 0, 1) = team A (7) + team B (3, below 5).
        var cells = new[] { C(10, 0, 1), C(7, 0), C(3, 1) };
        var hidden = CellSuppression.Protect(2, cells, [false, false, true]);
        Assert.Equal([false, true, true], hidden);
    }

    [Fact]
    public void Two_hidden_children_of_a_shown_parent_need_nothing_more()
    {
        var cells = new[] { C(20, 0, 1, 2), C(12, 0), C(3, 1), C(4, 2) };
        Assert.Equal([false, false, true, true], CellSuppression.Protect(3, cells, [false, false, true, true]));
    }

    [Fact]
    public void A_cell_recoverable_only_across_two_levels_is_protected_too()
    {
        // Two organisations × two regions, one team in each; organisation and region totals shown.
        // Hiding team (O1,R1) alone: O1 − (O1,R2) gives it. Hiding its row partner is not enough
        // either: R1 − (O2,R1) gives it. The result must survive the exact check.
        var cells = new[]
        {
            C(9, 0, 1), C(30, 2, 3), // organisations O1, O2
            C(12, 0, 2), C(27, 1, 3), // regions R1, R2
            C(2, 0), C(7, 1), C(10, 2), C(20, 3), // teams
        };
        var hidden = CellSuppression.Protect(4, cells, [false, false, false, false, true, false, false, false]);
        var span = new ExactSpan(4);
        foreach (var (cell, i) in cells.Select((c, i) => (c, i)).Where(x => !hidden[x.i]))
        {
            span.Add(cell.Atoms);
        }
        Assert.All(cells.Where((_, i) => hidden[i]), c => Assert.False(span.Contains(c.Atoms)));
        Assert.True(hidden[4]);
    }

    [Fact]
    public void The_total_row_counts_as_a_parent()
    {
        // A total over all groups and a closing-year split of the same trajectories.
        var cells = new[] { C(30, 0, 1, 2), C(2, 0), C(14, 1), C(14, 2) };
        var hidden = CellSuppression.Protect(3, cells, [false, true, false, false]);
        Assert.True(hidden[1]);
        Assert.Equal(2, hidden.Count(h => h));
    }

    [Fact]
    public void The_same_figure_listed_twice_is_hidden_in_both_places()
    {
        // Team B under "all services" and under its own service filter is one figure.
        var cells = new[] { C(3, 1), C(3, 1), C(10, 0, 1), C(7, 0) };
        var hidden = CellSuppression.Protect(2, cells, [true, false, false, false]);
        Assert.True(hidden[0] && hidden[1]);
    }

    [Fact]
    public void The_cheapest_cell_of_the_giving_combination_is_hidden()
    {
        // Parent 100 = 3 (hidden) + 5 + 92: hiding the 5 loses less than hiding the 92 or the parent.
        var cells = new[] { C(100, 0, 1, 2), C(3, 0), C(5, 1), C(92, 2) };
        Assert.Equal([false, true, true, false], CellSuppression.Protect(3, cells, [false, true, false, false]));
    }
}
