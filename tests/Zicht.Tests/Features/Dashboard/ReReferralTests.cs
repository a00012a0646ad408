using AngleSharp.Dom;
using Zicht.Features.Dashboard;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Tests.Features.Dashboard;

/// <summary>Re-referral within 12 months on the core-data page: the query against the definition, and over HTTP.</summary>
public class ReReferralTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Cases of one team, each with its trajectory row: closures in 2023 (reopened after exactly 365 days,
    /// after 366 days, never, on the day of closure by a case closed since) and in 2024 (reopened a month
    /// later), plus an imported 2023 trajectory without a case.
    /// </summary>
    private async Task<(TestData.World World, StaffUser Lead)> SeedAsync(int year = 2023)
    {
        var world = await app.Data.WorldAsync();
        var lead = await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true);
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var shift = year - 2023;
        async Task<Case> CaseAsync(string opened, string? closed, Case? reopens = null)
        {
            var c = await app.Data.CaseAsync(world, world.TeamA, worker);
            await app.Data.WithDbAsync(async db =>
            {
                db.Attach(c);
                (c.ReferralDate, c.ClosedOn, c.ReopensCaseId) = (D(opened).AddYears(shift), closed is null ? null : D(closed).AddYears(shift), reopens?.Id);
                // The case's trajectory row follows these dates in the same save.
                await db.SaveChangesAsync();
            });
            return c;
        }
        var exactly = await CaseAsync("2022-06-01", "2023-01-10");
        await CaseAsync("2024-01-10", null, exactly);
        var late = await CaseAsync("2022-06-01", "2023-02-01");
        await CaseAsync("2024-02-02", null, late);
        await CaseAsync("2022-06-01", "2023-03-01");
        var sameDay = await CaseAsync("2022-06-01", "2023-04-01");
        await CaseAsync("2023-04-01", "2023-09-01", sameDay);
        var recent = await CaseAsync("2024-01-01", "2024-08-01");
        await CaseAsync("2024-09-01", null, recent);
        await app.Data.WithDbAsync(async db =>
        {
            db.Add(Row(world, $"IMP-{Guid.NewGuid():N}"[..20], null, D("2022-06-01").AddYears(shift), D("2023-05-01").AddYears(shift)));
            await db.SaveChangesAsync();
        });
        return (world, lead);
    }

    private static Trajectory Row(TestData.World w, string reference, Guid? caseId, DateOnly opened, DateOnly? closed) => new()
    {
        CaseId = caseId,
        CaseRef = reference,
        OrganisationId = w.Division.Id,
        ServiceId = w.TeamA.ServiceId,
        RegionId = w.TeamA.RegionId,
        TeamId = w.TeamA.Id,
        OpenedOn = opened,
        ClosedOn = closed,
    };

    [Fact]
    public async Task The_query_counts_what_the_definition_counts()
    {
        var (world, _) = await SeedAsync();
        var today = D("2025-06-30");
        var rows = await app.Data.WithDbAsync(db =>
            new FigureQueries(db).ReReferralsAsync(new FigureFilter { TeamIds = [world.TeamA.Id] }, today, ["2023", "2024"], Ct));
        // 2023: exactly 365 days (yes), 366 days (no), never (no), same day (yes), and the reopening case
        // closed 2023-09-01 (no); the imported row is left out. 2024: closed less than 12 months before today.
        Assert.Equal([("2023", 5, 2), ("2024", 0, 0)], rows.Select(r => (r.Group, r.Denominator, r.Numerator)));
    }

    [Fact]
    public async Task Core_data_shows_re_referral_per_closing_year_and_suppresses_it_for_aggregate_viewers()
    {
        var (world, lead) = await SeedAsync(year: 2011);
        var page = await (await app.SignedInAsync(lead.UserName!)).GetPageAsync("/praktijk/kerncijfers?level=team");
        var cells = ReReferralCells(page);
        Assert.Equal("40,0\u00a0% (2/5)", cells["2011"]);
        Assert.Equal("100,0\u00a0% (1/1)", cells["2012"]); // the 2012 closure is long enough ago now

        var policy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Policy)).UserName!);
        var aggregate = ReReferralCells(await policy.GetPageAsync("/praktijk/kerncijfers?level=region"));
        Assert.Equal("40,0\u00a0% (2/5)", aggregate["2011"]);
        Assert.Equal("·", aggregate["2012"]); // 1 trajectory < minimum group size 5
    }

    /// <summary>Year → cell of the re-referral row (the last row of the shares table).</summary>
    private static Dictionary<string, string> ReReferralCells(IDocument page)
    {
        var tables = page.QuerySelectorAll("table.data");
        var table = tables[^1];
        var years = table.QuerySelectorAll("thead th").Skip(1).Select(th => th.TextContent.Trim()).ToList();
        var rows = table.QuerySelectorAll("tbody tr");
        var cells = rows[^1].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        return years.Zip(cells).ToDictionary(p => p.First, p => p.Second);
    }
}
