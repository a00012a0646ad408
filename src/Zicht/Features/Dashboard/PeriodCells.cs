namespace Zicht.Features.Dashboard;

/// <summary>How a period reads one figure cell (docs/decisions/089).</summary>
internal enum CellRead
{
    /// <summary>Closed before the period's first month: none of its trajectories is in it.</summary>
    Skip,

    /// <summary>Every trajectory is in the period: the whole cell, no parts.</summary>
    Whole,

    /// <summary>Closed after the period (or still open): only the opening month decides, the opening-month parts.</summary>
    Opened,

    /// <summary>The closing year holds a boundary of the period: the opening × closing month parts.</summary>
    Both,
}

/// <summary>
/// A period (<see cref="FigureFilter.From"/>/<see cref="FigureFilter.To"/>, by the definition of
/// <see cref="FigureQueries.FilteredAsync"/>: opened or closed in it; From only: opened or closed on/after it;
/// To only: opened on/before it) in the months the figure cells are split by. A month the period covers
/// only partly (From not on the 1st, To not on a month's last day) is a boundary month: a trajectory
/// opened or closed in it may need its days, which only the trajectory itself has.
/// </summary>
internal sealed class PeriodCells
{
    private readonly DateOnly? _from;
    private readonly DateOnly? _to;

    // Whole months whose openings and closings are in the period; an empty range when lo > hi.
    private readonly int _openedLo, _openedHi, _closedLo, _closedHi;

    /// <summary>The boundary months covered only partly (none, one or two).</summary>
    public IReadOnlyList<int> Partial { get; }

    /// <summary>Closing years below this are <see cref="CellRead.Skip"/>.</summary>
    public int SkipBelow { get; }

    /// <summary>Closing years from <see cref="WholeFrom"/> to <see cref="WholeTo"/> are <see cref="CellRead.Whole"/>.</summary>
    public int WholeFrom { get; }

    public int WholeTo { get; }

    /// <summary>Closing years above this (and open cells) are <see cref="CellRead.Opened"/>; the rest <see cref="CellRead.Both"/>.</summary>
    public int OpenedAbove { get; }

    public PeriodCells(DateOnly? from, DateOnly? to)
    {
        _from = from;
        _to = to;
        int? first = from is { } f ? PartKey.MonthOf(f) : null;
        int? last = to is { } t ? PartKey.MonthOf(t) : null;
        var firstPartial = from is { Day: not 1 };
        var lastPartial = to is { } end && end.AddDays(1).Day != 1;
        var lo = first is { } a ? (firstPartial ? a + 1 : a) : int.MinValue;
        var hi = last is { } b ? (lastPartial ? b - 1 : b) : int.MaxValue;
        (_openedLo, _openedHi) = (lo, hi);
        // To only: a trajectory counts by its opening alone.
        (_closedLo, _closedHi) = from is null ? (int.MaxValue, int.MinValue) : (lo, hi);
        Partial = [.. new[] { firstPartial ? first : null, lastPartial ? last : null }.OfType<int>().Distinct()];

        SkipBelow = first is { } start ? start / 12 : int.MinValue;
        var wholeTo = hi == int.MaxValue ? int.MaxValue : ((hi + 1) / 12) - 1;
        if (from is null)
        {
            // Opened on/before the period's last whole month: so is every trajectory closed by then.
            (WholeFrom, WholeTo, OpenedAbove) = (int.MinValue, wholeTo, wholeTo);
        }
        else
        {
            (WholeFrom, WholeTo, OpenedAbove) = ((lo + 11) / 12, wholeTo, last is { } l ? l / 12 : int.MaxValue);
        }
    }

    public static PeriodCells? Of(FigureFilter f) => f.From is null && f.To is null ? null : new PeriodCells(f.From, f.To);

    public CellRead ReadFor(int? closingYear) => closingYear switch
    {
        null => CellRead.Opened,
        { } y when y < SkipBelow => CellRead.Skip,
        { } y when y >= WholeFrom && y <= WholeTo => CellRead.Whole,
        { } y when y > OpenedAbove => CellRead.Opened,
        _ => CellRead.Both,
    };

    /// <summary>In the period by its months alone: closed in a whole month of it, or opened in one.</summary>
    public bool InByMonths(int openedMonth, int? closedMonth) =>
        (closedMonth is { } c && c >= _closedLo && c <= _closedHi) || (openedMonth >= _openedLo && openedMonth <= _openedHi);

    /// <summary>Opened or closed in a boundary month: whether it is in the period may depend on the day.</summary>
    public bool TouchesPartial(int openedMonth, int? closedMonth) =>
        Partial.Contains(openedMonth) || (closedMonth is { } c && Partial.Contains(c));

    /// <summary>The exact definition, by day (the one of <see cref="FigureQueries.FilteredAsync"/>).</summary>
    public bool Contains(DateOnly opened, DateOnly? closed) => (_from, _to) switch
    {
        ({ } f, { } t) => (opened >= f && opened <= t) || (closed >= f && closed <= t),
        ({ } f, null) => opened >= f || closed >= f,
        (null, { } t) => opened <= t,
        _ => true,
    };

    /// <summary>
    /// The trajectories the cells leave to their days: in the period, touching a boundary month, and not
    /// already taken by <see cref="InByMonths"/>.
    /// </summary>
    public bool ByDays(DateOnly opened, DateOnly? closed)
    {
        var o = PartKey.MonthOf(opened);
        int? c = closed is { } d ? PartKey.MonthOf(d) : null;
        return TouchesPartial(o, c) && !InByMonths(o, c) && Contains(opened, closed);
    }
}
