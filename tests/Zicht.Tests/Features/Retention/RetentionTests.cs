using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Data;
using Zicht.Features.Retention;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;
using Zicht.Tests.Features.Audit;

namespace Zicht.Tests.Features.Retention;

/// <summary>The retention rule removes old closed cases; their figures stay and the audit chain still verifies.</summary>
public class RetentionTests(RetentionTests.TenYearsApp app) : IClassFixture<RetentionTests.TenYearsApp>
{
    public sealed class TenYearsApp : ZichtApp
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Zicht:Retention:ClosedCaseYears"] = "10" };
    }

    private async Task<Case> ClosedCaseAsync(TestData.World world, StaffUser worker, DateOnly closedOn)
    {
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        await app.Data.WithDbAsync(async db =>
        {
            var stored = await db.Cases.SingleAsync(x => x.Id == c.Id);
            stored.MainTheme = "Partnergeweld";
            stored.ClosedOn = closedOn;
            return await db.SaveChangesAsync();
        });
        return c;
    }

    private async Task<T> WithRetentionAsync<T>(Func<ClosedCaseRetention, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<RequestContext>();
        context.Scope = CaseScope.Everything;
        context.ActorName = "cli:retention";
        return await work(scope.ServiceProvider.GetRequiredService<ClosedCaseRetention>());
    }

    [Fact]
    public async Task An_old_closed_case_is_removed_its_figures_stay_and_the_chain_still_verifies()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var old = await ClosedCaseAsync(world, worker, DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-12));
        var recent = await ClosedCaseAsync(world, worker, DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-2));
        var open = await app.Data.CaseAsync(world, world.TeamA, worker);
        var trajectories = await app.Data.WithDbAsync(db => db.Set<Trajectory>().CountAsync());

        var due = await WithRetentionAsync(r => r.DueAsync(CancellationToken.None));
        Assert.Contains(old.Id, due);
        Assert.DoesNotContain(recent.Id, due);
        Assert.DoesNotContain(open.Id, due);

        var erased = await WithRetentionAsync(r => r.RemoveAsync(old.Id, CancellationToken.None));

        Assert.True(erased > 0);
        Assert.False(await app.Data.WithDbAsync(db => db.Cases.IgnoreQueryFilters().AnyAsync(c => c.Id == old.Id)));
        Assert.False(await app.Data.WithDbAsync(db => db.CasePeople.IgnoreQueryFilters().AnyAsync(p => p.CaseId == old.Id)));
        Assert.Equal(trajectories, await app.Data.WithDbAsync(db => db.Set<Trajectory>().CountAsync()));
        var lines = await app.Data.WithDbAsync(db => db.AuditTrail.Where(a => a.CaseId == old.Id).ToListAsync());
        Assert.All(lines.Where(l => l.Action != AuditActions.Erase), l => Assert.Null(l.Changes));
        Assert.DoesNotContain(lines, l => (l.Changes ?? "").Contains("Partnergeweld") || (l.Changes ?? "").Contains("Lotte"));
        Assert.Single(lines, l => l.Action == AuditActions.Erase);
        var verification = await Tampering.VerifyAsync(app);
        Assert.True(verification.Intact, verification.Problem);
        Assert.True(verification.Erased >= lines.Count - 1);
        Assert.True(await app.Data.WithDbAsync(db => db.Cases.IgnoreQueryFilters().AnyAsync(c => c.Id == recent.Id)));
    }

    [Fact]
    public async Task The_database_allows_erasing_values_but_no_other_change_and_no_undoing_it()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var old = await ClosedCaseAsync(world, worker, DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-11));
        await WithRetentionAsync(r => r.RemoveAsync(old.Id, CancellationToken.None));
        var line = await app.Data.WithDbAsync(db => db.AuditTrail.Where(a => a.CaseId == old.Id && a.ValuesErasedAt != null).Select(a => a.Sequence).FirstAsync());

        var rename = await Record.ExceptionAsync(() => Tampering.SqlAsync(app, $"UPDATE \"AuditTrail\" SET \"ActorName\" = 'x' WHERE \"Sequence\" = {line}"));
        var restore = await Record.ExceptionAsync(() => Tampering.SqlAsync(app, $"UPDATE \"AuditTrail\" SET \"ValuesErasedAt\" = NULL, \"Changes\" = '[]' WHERE \"Sequence\" = {line}"));

        Assert.Contains("append-only", rename?.Message);
        Assert.Contains("append-only", restore?.Message);
    }

    [Fact]
    public async Task The_command_without_a_term_removes_nothing_and_says_so()
    {
        var result = await ZichtCommand.RunAsync(app, ["retention", "--apply"], ("Zicht__Retention__ClosedCaseYears", ""));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No retention term is set", result.Output);
    }
}
