using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Dashboard;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Tests.Features.Cases;

/// <summary>A closed case is reopened as a new referral linked to it; the re-referral figure counts it.</summary>
public class ReopeningTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    private async Task<(TestData.World World, StaffUser Worker, Case Closed)> ClosedCaseAsync()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        await app.Data.WithDbAsync(async db =>
        {
            var tracked = await db.Cases.FirstAsync(x => x.Id == c.Id);
            tracked.ReferralDate = new DateOnly(2024, 3, 1);
            (tracked.Phase, tracked.ClosedOn, tracked.ClosureReason) = (CasePhase.Closed, new DateOnly(2025, 1, 10), "Voldoende veilig");
            db.CasePeople.Add(new CasePerson { CaseId = c.Id, Role = PersonRole.NetworkMember, FullName = "Oma Rita", Phone = "0475 12 34 56", InformedOn = new DateOnly(2024, 5, 1) });
            await db.SaveChangesAsync();
        });
        return (world, worker, c);
    }

    [Fact]
    public async Task Reopening_registers_a_new_referral_linked_to_the_earlier_case_with_the_family_along()
    {
        var (_, worker, closed) = await ClosedCaseAsync();
        var client = await app.SignedInAsync(worker.UserName!);
        var details = await client.GetPageAsync($"/dossiers/{closed.Id}");
        var reopen = details.QuerySelector("a[href^='/dossiers/nieuw?heropent=']")!.GetAttribute("href")!;

        var response = await client.SubmitAsync(reopen, new Dictionary<string, string>
        {
            ["Input.Reference"] = $"R-{Guid.NewGuid():N}"[..16],
            ["Input.ReferralDate"] = "2025-06-01",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var reopened = await app.Data.WithDbAsync(db => db.Cases.Include(c => c.People).AsNoTracking().SingleAsync(c => c.ReopensCaseId == closed.Id));
        Assert.Equal(["Lotte Testkind", "Oma Rita"], reopened.People.Select(p => p.FullName).Order());
        Assert.All(reopened.People, p => Assert.Null(p.InformedOn));
        var figure = await app.Data.WithDbAsync(db => ReReferrals.QueryAsync(db, db.Set<Trajectory>().Where(t => t.CaseId == closed.Id), new DateOnly(2026, 6, 1), ["2025"], default));
        Assert.Equal((1, 1), (figure.Single().Denominator, figure.Single().Numerator));
    }

    [Fact]
    public async Task Another_teams_worker_cannot_reopen_or_even_find_the_case()
    {
        var (world, _, closed) = await ClosedCaseAsync();
        var outsider = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamB);
        var client = await app.SignedInAsync(outsider.UserName!);

        var get = await client.GetAsync($"/dossiers/nieuw?heropent={closed.Reference}");
        var post = await client.SubmitAsync("/dossiers/nieuw", new Dictionary<string, string>
        {
            ["Input.Reference"] = $"R-{Guid.NewGuid():N}"[..16],
            ["Input.ReferralDate"] = "2025-06-01",
            ["heropent"] = closed.Reference,
        });

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("Geen afgesloten dossier met dit dossiernummer dat je mag openen.", await post.TextAsync());
        Assert.False(await app.Data.WithDbAsync(db => db.Cases.AnyAsync(c => c.ReopensCaseId == closed.Id)));
    }
}
