using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;

namespace Zicht.Features.Quality;

/// <summary>
/// What one quality report shows: the stored free sections, and the sections generated from what was
/// recorded once (key figures from occupancy, the self-evaluation from the scores, the planning from
/// the actions). The six sections of seed 004:676–697, in that order.
/// </summary>
public sealed record ReportView(QualityYear Year, QualityReport? Report, OccupancyFigures Occupancy)
{
    /// <summary>Section codes of spec §2.6; their titles are texts <c>ReportSection.code</c>.</summary>
    public static readonly IReadOnlyList<string> Sections = ["vision", "key_figures", "self_evaluation", "quality_planning", "quality_theme", "other"];

    public static async Task<ReportView> LoadAsync(QualityServices services, Guid organisationId, int year, CancellationToken ct)
    {
        var data = await QualityYear.LoadAsync(services.Db, organisationId, year, ct);
        var report = await services.Db.Set<QualityReport>().AsNoTracking().FirstOrDefaultAsync(r => r.OrganisationId == organisationId && r.Year == year, ct);
        var occupancy = await OccupancyModel.LoadFiguresAsync(services, organisationId, data.OrganisationName, year, ct);
        return new ReportView(data, report, occupancy);
    }

    /// <summary>
    /// The growth-level template (sjabloon) the administration asked for: the self-evaluation in the
    /// import format of formats/quality.md, so a file read out can be read in again.
    /// </summary>
    public List<string[]> TemplateRows() =>
        Year.Scores.Where(s => s.Department is not null)
            .OrderBy(s => s.Department!.Name, StringComparer.Ordinal).ThenBy(s => s.Department!.WorkForm, StringComparer.Ordinal).ThenBy(s => QualityDomainCatalog.OrderOf(s.Domain))
            .Select(s => new[]
            {
                Year.OrganisationName, Year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Department!.Name, s.Department.WorkForm, s.Domain,
                s.Level.ToString(System.Globalization.CultureInfo.InvariantCulture), s.CarriedOver ? "true" : "false", s.Explanation ?? "",
            }).ToList();
}

/// <summary>
/// The free sections are plain text with light structure: a blank line starts a paragraph, a line that
/// starts with "- " is a list item. Always encoded, so nothing typed can become markup (no sanitiser needed).
/// </summary>
public static class FreeText
{
    public static IHtmlContent Render(string? text)
    {
        var html = new StringBuilder();
        foreach (var block in (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var lines = block.Split('\n', StringSplitOptions.TrimEntries);
            if (lines.All(l => l.StartsWith("- ", StringComparison.Ordinal)))
            {
                html.Append("<ul>").AppendJoin("", lines.Select(l => $"<li>{WebUtility.HtmlEncode(l[2..])}</li>")).Append("</ul>");
            }
            else
            {
                html.Append("<p>").AppendJoin("<br />", lines.Select(WebUtility.HtmlEncode)).Append("</p>");
            }
        }
        return new HtmlString(html.ToString());
    }
}
