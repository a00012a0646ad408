using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.Quality;

/// <summary>
/// The administration's view of the whole sector (spec §2.9): per domain and year the distribution and
/// mean of organisation levels beside the 2015 reference, the trend across years, the cross-table of
/// self-evaluated level against inspection conclusion, and the providers side by side by name, in
/// alphabetical order, never ranked. Aggregates pass the minimum group size (decision 045).
/// </summary>
[Authorize(Policy = Policies.QualityAdministration)]
public class SectorModel(QualityServices services, IOptions<ZichtOptions> options) : PageModel
{
    public sealed record DomainRow(QualityDomain Domain, int Organisations, decimal? Mean, IReadOnlyList<int> Distribution, bool Shown);

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Domain { get; set; }
    public int Minimum => options.Value.MinimumGroupSize;
    public SectorData Data { get; private set; } = null!;
    public int Shown { get; private set; }
    public QualityDomain CrossDomain { get; private set; } = QualityDomainCatalog.Domains[0];
    public List<DomainRow> Rows { get; private set; } = [];
    public List<QualityExport.CrossRow> Cross { get; private set; } = [];
    public bool[] CrossHidden { get; private set; } = [];
    public List<OrganisationYear> Providers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Data = await SectorData.LoadAsync(services.Db, null, ct);
        Shown = Year is { } y && Data.Years.Contains(y) ? y : Data.Years.LastOrDefault(services.Clock.GetLocalNow().Year);
        CrossDomain = QualityDomainCatalog.Find(Domain) ?? CrossDomain;
        Rows = QualityDomainCatalog.Domains.Select(d => RowOf(d, Shown)).ToList();
        Providers = Data.Evaluations.Where(e => e.Year == Shown).OrderBy(e => e.Organisation, StringComparer.CurrentCulture).ToList();
        Cross = QualityExport.CrossTable(Data, Shown, CrossDomain.Code);
        CrossHidden = SectorDisclosure.ProtectCross(Data, Shown, CrossDomain.Code, Cross, Minimum);
        services.Db.RecordAudit(AuditActions.Read, "QualitySector", Shown.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
        return Page();
    }

    public DomainRow RowOf(QualityDomain domain, int year)
    {
        var levels = Data.LevelsOf(domain.Code, year).Select(x => x.Level).ToList();
        return new DomainRow(domain, levels.Count, SectorData.Mean(levels), QualityDomainCatalog.Levels.Select(l => levels.Count(x => x == l)).ToList(), SectorDisclosure.DistributionShown(levels.Count, Minimum));
    }

    /// <summary>Whether the cell (row, column) of the cross-table is hidden; column 4 is the row total, the last cell the grand total.</summary>
    public bool Hidden(int row, int column) => CrossHidden[(row * 5) + column];
    public bool TotalHidden => CrossHidden[^1];
}
