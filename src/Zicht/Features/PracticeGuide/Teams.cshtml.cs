using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.PracticeGuide;

/// <summary>The team page of the guide: per team the share of open cases that meet each minimal expectation a rule can read.</summary>
[Authorize(Policy = Policies.PracticeGuide)]
public class TeamsModel(GuideServices services, IOptions<ZichtOptions> options) : GuidePageModel(services)
{
    public GuideVersion? Guide { get; private set; }
    public List<TeamShare> Shares { get; private set; } = [];
    public bool Suppressed { get; private set; }
    public int Minimum => options.Value.MinimumGroupSize;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>The same figures as semicolon CSV (hidden figures empty).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        using var stream = new MemoryStream();
        await using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        await using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";", InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var h in new[] { "team", "process_step", "expectation", "cases_due", "cases_met", "share_pct" })
            {
                csv.WriteField(h);
            }
            await csv.NextRecordAsync();
            foreach (var s in Shares)
            {
                csv.WriteField(s.Team);
                csv.WriteField(s.Expectation.Phase.ToString());
                csv.WriteField(s.Expectation.Text);
                csv.WriteField(s.Hidden ? null : s.Due.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(s.Hidden ? null : s.Met.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(s.Percent?.ToString("0", CultureInfo.InvariantCulture));
                await csv.NextRecordAsync();
            }
        }
        return File(stream.ToArray(), "text/csv", "praktijkgids-teams.csv");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Guide = await GuideData.CurrentAsync(Db, ct);
        var scope = Context.Scope;
        if (Guide is null || (!scope.SeesTeamCases && !User.IsInAnyRole(Roles.AggregateOnly)))
        {
            return;
        }
        // Team members: their own teams as they are. Aggregate-only roles: every team, small groups hidden.
        Suppressed = !scope.SeesTeamCases;
        Shares = await TeamShares.ComputeAsync(Db, Guide, Suppressed ? null : scope.TeamIds, Suppressed ? Minimum : null, ct);
    }
}

internal static class UserRoles
{
    public static bool IsInAnyRole(this System.Security.Claims.ClaimsPrincipal user, IEnumerable<string> roles) => roles.Any(user.IsInRole);
}
