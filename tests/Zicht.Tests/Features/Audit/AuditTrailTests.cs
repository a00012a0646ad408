using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Audit;

public class AuditTrailTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task Opening_a_case_is_recorded_as_a_read_by_that_person()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        var client = await app.SignedInAsync(worker.UserName!);

        await client.GetAsync($"/dossiers/{c.Id}");

        var reads = await app.Data.WithDbAsync(db => db.AuditTrail.Where(a => a.CaseId == c.Id && a.Action == AuditActions.Read).ToListAsync());
        Assert.Contains(reads, r => r.ActorId == worker.Id && r.ActorName == worker.UserName);
    }

    [Fact]
    public async Task A_change_is_stored_with_before_and_after_and_the_privacy_officer_sees_it()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var privacy = await app.Data.StaffAsync(world, Roles.PrivacyOfficer);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        var client = await app.SignedInAsync(worker.UserName!);
        await client.SubmitAsync($"/dossiers/{c.Id}/bewerken", new Dictionary<string, string> { ["Input.MainTheme"] = "Schoolverzuim" });

        var line = await app.Data.WithDbAsync(db => db.AuditTrail.Where(a => a.CaseId == c.Id && a.Action == AuditActions.Update).SingleAsync());
        Assert.Contains("\"MainTheme\":[\"Verwaarlozing\",\"Schoolverzuim\"]", line.Changes);

        var officer = await app.SignedInAsync(privacy.UserName!);
        var trail = await (await officer.GetAsync($"/audit/dossiers/{c.Id}")).TextAsync();
        Assert.Contains("Schoolverzuim", trail);
        Assert.Contains(worker.UserName!, trail);
        Assert.Contains("bekeken", trail);
    }

    [Fact]
    public async Task The_administrator_sees_which_fields_changed_but_not_their_values()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var admin = await app.Data.StaffAsync(world, Roles.Administrator);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        var client = await app.SignedInAsync(admin.UserName!);

        var trail = await (await client.GetAsync($"/audit/dossiers/{c.Id}")).TextAsync();

        Assert.Contains("FullName", trail);
        Assert.DoesNotContain("Lotte Testkind", trail);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/dossiers/{c.Id}")).StatusCode);
    }

    [Fact]
    public async Task Caseworkers_cannot_read_the_audit_trail()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        var client = await app.SignedInAsync(worker.UserName!);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/audit/dossiers/{c.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/audit")).StatusCode);
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_audit_lines()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        await app.Data.CaseAsync(world, world.TeamA, worker);

        var update = await Record.ExceptionAsync(() => app.Data.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"AuditTrail\" SET \"ActorName\" = 'someone else'")));
        var delete = await Record.ExceptionAsync(() => app.Data.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditTrail\"")));

        Assert.Contains("append-only", update?.Message);
        Assert.Contains("append-only", delete?.Message);
    }

    [Fact]
    public async Task The_application_refuses_to_edit_an_audit_line()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        await app.Data.CaseAsync(world, world.TeamA, worker);

        var error = await Record.ExceptionAsync(() => app.Data.WithDbAsync(async db =>
        {
            var line = await db.AuditTrail.OrderBy(a => a.Sequence).FirstAsync();
            line.ActorName = "rewritten";
            await db.SaveChangesAsync();
        }));

        Assert.IsType<InvalidOperationException>(error);
    }

    [Fact]
    public async Task The_chain_verifies_and_each_line_links_to_the_one_before()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        await app.Data.CaseAsync(world, world.TeamA, worker);

        var result = await app.Data.WithDbAsync(db => AuditVerifier.VerifyAsync(db, null, null, CancellationToken.None));

        Assert.True(result.Intact, result.Problem);
        Assert.True(result.Checked > 5);
    }
}
