using System.Globalization;

namespace Zicht.Features.Quality;

/// <summary>The four exports of formats/quality.md, exactly: headers, rows, sort order (organisation, then domains in catalogue order).</summary>
public static class QualityExport
{
    public static readonly string[] ByOrganisationHeader = ["organisation", "domain", "level", "departments", "lowest_department"];
    public static readonly string[] ByWorkFormHeader = ["organisation", "work_form", "domain", "level"];
    public static readonly string[] SectorHeader = ["domain", "organisations", "mean_level", "level_0", "level_1", "level_2", "level_3", "level_4", "level_5"];
    public static readonly string[] InspectionsHeader = ["self_evaluated_level", "organisations", "confirmed", "not_confirmed", "confirmed_higher", "not_confirmed_higher"];

    public static List<string[]> ByOrganisation(SectorData data, int year) =>
        data.Evaluations.Where(e => e.Year == year).SelectMany(e => QualityDomainCatalog.Domains.Where(d => e.Levels.ContainsKey(d.Code))
            .Select(d => new[] { e.Organisation, d.Code, Int(e.Levels[d.Code].Level), Int(e.Levels[d.Code].Departments), e.Levels[d.Code].Department })).ToList();

    public static List<string[]> ByWorkForm(SectorData data, int year) =>
        data.Evaluations.Where(e => e.Year == year).SelectMany(e => QualityRules.WorkFormLevels(e.Lines)
            .SelectMany(wf => QualityDomainCatalog.Domains.Where(d => wf.Value.ContainsKey(d.Code))
                .Select(d => new[] { e.Organisation, wf.Key, d.Code, Int(wf.Value[d.Code].Level) }))).ToList();

    public static List<string[]> Sector(SectorData data, int year) =>
        QualityDomainCatalog.Domains.Select(d =>
        {
            var levels = data.LevelsOf(d.Code, year).Select(x => x.Level).ToList();
            return new[] { d.Code, Int(levels.Count), One(SectorData.Mean(levels)) }
                .Concat(QualityDomainCatalog.Levels.Select(l => Int(levels.Count(x => x == l)))).ToArray();
        }).ToList();

    /// <summary>Per organisation level 0–5: how many organisations, and the inspected ones by derived conclusion.</summary>
    public static List<string[]> Inspections(SectorData data, int year, string domain) =>
        CrossTable(data, year, domain).Select(r => new[] { Int(r.Level), Int(r.Organisations) }
            .Concat(Enum.GetValues<InspectionConclusion>().Select(c => Int(r.ByConclusion[c]))).ToArray()).ToList();

    public sealed record CrossRow(int Level, int Organisations, IReadOnlyDictionary<InspectionConclusion, int> ByConclusion, IReadOnlyList<Guid> Ids);

    public static List<CrossRow> CrossTable(SectorData data, int year, string domain) =>
        QualityDomainCatalog.Levels.Select(level =>
        {
            var orgs = data.LevelsOf(domain, year).Where(x => x.Level == level).Select(x => x.Organisation.OrganisationId).ToList();
            var conclusions = orgs.Select(id => data.FindingOf(id, year, domain)).OfType<InspectionFinding>().Select(f => f.Conclusion).ToList();
            return new CrossRow(level, orgs.Count, Enum.GetValues<InspectionConclusion>().ToDictionary(c => c, c => conclusions.Count(x => x == c)), orgs);
        }).ToList();

    private static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static string One(decimal? v) => v is { } x ? x.ToString("0.0", CultureInfo.InvariantCulture) : "";
}
