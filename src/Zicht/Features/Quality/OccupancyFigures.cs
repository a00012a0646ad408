namespace Zicht.Features.Quality;

/// <summary>Occupancy and utilisation of one group (the organisation, a function, a type module, a department) over a year.</summary>
public sealed record OccupancyLine(string Label, decimal Recognised, decimal Occupied, decimal Weekdays, decimal Weekends, decimal Holidays,
    decimal FaceToFace, decimal Target, decimal NonClient)
{
    public decimal Delivered => Weekdays + Weekends + Holidays;
    public decimal? OccupancyRate => OccupancyRules.OccupancyRate(Occupied, Recognised);
    public bool BelowFloor => OccupancyRules.BelowFloor(OccupancyRate);
    public decimal? Utilisation => OccupancyRules.Utilisation(Delivered, Recognised);
    public decimal? UtilisationWeekdays => OccupancyRules.Utilisation(Weekdays, Recognised);
    public decimal? UtilisationWeekends => OccupancyRules.Utilisation(Weekends, Recognised);
    public decimal? UtilisationHolidays => OccupancyRules.Utilisation(Holidays, Recognised);
    public decimal? FaceToFaceOfTarget => OccupancyRules.AgainstTarget(FaceToFace, Target);

    public static OccupancyLine Sum(string label, IEnumerable<OccupancyRecord> records)
    {
        var r = records.ToList();
        return new OccupancyLine(label, r.Sum(x => x.RecognisedUnits), r.Sum(x => x.OccupiedUnits), r.Sum(x => x.DeliveredWeekdays), r.Sum(x => x.DeliveredWeekends),
            r.Sum(x => x.DeliveredHolidays), r.Sum(x => x.FaceToFaceHours), r.Sum(x => x.FaceToFaceTarget), r.Sum(x => x.NonClientHours));
    }
}

/// <summary>A year's records summed per organisation, function, type module and department (spec §2.5).</summary>
public sealed record OccupancyFigures(OccupancyLine Organisation, List<OccupancyLine> Functions, List<OccupancyLine> TypeModules, List<OccupancyLine> Departments)
{
    /// <summary>The four tables with their captions, organisation first.</summary>
    public IEnumerable<(string Caption, List<OccupancyLine> Lines)> Tables(string organisation, string functions, string modules, string departments) =>
        [(organisation, [Organisation]), (functions, Functions), (modules, TypeModules), (departments, Departments)];

    public static OccupancyFigures Of(string organisation, IReadOnlyList<OccupancyRecord> records) => new(
        OccupancyLine.Sum(organisation, records),
        records.GroupBy(r => r.Function).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => OccupancyLine.Sum(g.Key, g)).ToList(),
        records.GroupBy(r => r.TypeModule).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => OccupancyLine.Sum(g.Key, g)).ToList(),
        records.GroupBy(r => r.Department is { } d ? QualityYear.Label(d) : "?").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => OccupancyLine.Sum(g.Key, g)).ToList());
}
