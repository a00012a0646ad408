using Microsoft.EntityFrameworkCore;
using Zicht.Features.Cases;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Tests.Features.Cases;

/// <summary>The caseload shows families (minors and parents) to those who may open the cases, and the trail records it.</summary>
public class CaseloadTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    private async Task<(TestData.World World, StaffUser Worker, Case Case)> FamilyAsync()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        await app.Data.WithDbAsync(async db =>
        {
            db.CasePeople.Add(new CasePerson { CaseId = c.Id, Role = PersonRole.Parent, FullName = "Sofie Wuytack" });
            db.CasePeople.Add(new CasePerson { CaseId = c.Id, Role = PersonRole.NetworkMember, FullName = "Buurvrouw Greta" });
            await db.SaveChangesAsync();
        });
        return (world, worker, c);
    }

    [Fact]
    public async Task The_caseload_names_the_children_and_parents_and_records_a_list_view()
    {
        var (_, worker, c) = await FamilyAsync();
        var client = await app.SignedInAsync(worker.UserName!);

        var html = await (await client.GetAsync("/dossiers")).TextAsync();

        Assert.Contains("Lotte Testkind", html);
        Assert.Contains("Sofie Wuytack", html);
        Assert.DoesNotContain("Buurvrouw Greta", html);
        var listed = await app.Data.WithDbAsync(db => db.AuditTrail.CountAsync(a => a.CaseId == c.Id && a.EntityType == IndexModel.ListView && a.ActorId == worker.Id));
        Assert.Equal(1, listed);
    }

    [Theory]
    [InlineData("wuytack")]
    [InlineData("Testkind")]
    public async Task A_surname_finds_the_family(string term)
    {
        var (world, worker, c) = await FamilyAsync();
        var other = await app.Data.CaseAsync(world, world.TeamA, worker);
        var client = await app.SignedInAsync(worker.UserName!);

        var html = await (await client.GetAsync($"/dossiers?search={term}")).TextAsync();

        Assert.Contains(c.Reference, html);
        if (term == "wuytack")
        {
            Assert.DoesNotContain(other.Reference, html);
        }
    }

    [Fact]
    public async Task Another_teams_worker_sees_no_names_and_leaves_no_list_view()
    {
        var (world, _, c) = await FamilyAsync();
        var outsider = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamB);
        var client = await app.SignedInAsync(outsider.UserName!);

        var html = await (await client.GetAsync("/dossiers?includeClosed=true&search=wuytack")).TextAsync();
        var all = await (await client.GetAsync("/dossiers?includeClosed=true")).TextAsync();

        Assert.DoesNotContain("Sofie Wuytack", html + all);
        Assert.DoesNotContain(c.Reference, html + all);
        Assert.Equal(0, await app.Data.WithDbAsync(db => db.AuditTrail.CountAsync(a => a.CaseId == c.Id && a.ActorId == outsider.Id)));
    }
}
