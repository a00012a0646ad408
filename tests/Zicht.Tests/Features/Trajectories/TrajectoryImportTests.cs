using Microsoft.EntityFrameworkCore;
using Xunit;
using Zicht.Data;
using Zicht.Features.Trajectories;
using Zicht.Kernel;
using Org = Zicht.Kernel;

namespace Zicht.Tests.Features.Trajectories;

public class TrajectoryImportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Header = "case_ref,organisation,service,region,team,worker,opened_on,closed_on,plan_b,network_members,step_01_internal_mapping";
    private const string TwoRows = Header + "\nA1,OSD,OCJ,Limburg,Team Hasselt,W1,2021-01-05,2021-09-01,network,3,2020-12-01\n"
        + "A2,osd,ocj,limburg,team hasselt,,2021-02-05,,,,\n";

    private static async Task SeedStructureAsync(ZichtDb db)
    {
        var organisation = new Org.Organisation { Name = "Afdeling Sociale Diensten", Code = "OSD", Kind = Org.OrganisationKind.Division };
        var service = new Org.Service { Code = "OCJ", Name = "Ondersteuningscentrum Jeugdzorg", Organisation = organisation };
        var region = new Org.Region { Name = "Limburg" };
        db.AddRange(organisation, service, region, new Org.Team { Name = "Team Hasselt", Service = service, Region = region });
        await db.SaveChangesAsync(Ct);
    }

    private static async Task<ImportOutcome> ImportAsync(ScratchDatabase scratch, string text, bool createMissing = false)
    {
        await using var db = scratch.Open();
        return await new TrajectoryImport(db, TimeProvider.System).ImportAsync(new StringReader(text), "test.csv", createMissing, null, Ct);
    }

    [Fact]
    public async Task A_valid_file_is_matched_to_the_structure_and_stored()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await using (var db = scratch.Open()) { await SeedStructureAsync(db); }
        var outcome = await ImportAsync(scratch, TwoRows);
        Assert.True(outcome.Accepted);
        Assert.Equal((2, 2), (outcome.Rows, outcome.Inserted));
        await using var check = scratch.Open();
        var team = await check.Teams.SingleAsync(Ct);
        var a1 = await check.Set<Trajectory>().SingleAsync(t => t.CaseRef == "A1", Ct);
        Assert.Equal((team.Id, team.RegionId, team.ServiceId), (a1.TeamId, a1.RegionId, a1.ServiceId));
        Assert.Equal((PlanB?)PlanB.Network, a1.PlanB);
        Assert.Equal(new DateOnly(2020, 12, 1), a1.StepOn(PracticeStep.InternalMapping));
        Assert.Null(a1.CaseId);
        Assert.Single(await check.AuditTrail.Where(a => a.Action == "Import").ToListAsync(Ct));
    }

    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await using (var db = scratch.Open()) { await SeedStructureAsync(db); }
        await ImportAsync(scratch, TwoRows);
        long auditBefore;
        await using (var db = scratch.Open()) { auditBefore = await db.AuditTrail.CountAsync(Ct); }
        var again = await ImportAsync(scratch, TwoRows);
        Assert.Equal((0, 0, 2), (again.Inserted, again.Updated, again.Unchanged));
        await using var check = scratch.Open();
        Assert.Equal(2, await check.Set<Trajectory>().CountAsync(Ct));
        Assert.Equal(auditBefore, await check.AuditTrail.CountAsync(Ct));
    }

    [Fact]
    public async Task A_changed_row_updates_the_trajectory_and_the_audit_trail_shows_the_change()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await using (var db = scratch.Open()) { await SeedStructureAsync(db); }
        await ImportAsync(scratch, TwoRows);
        var outcome = await ImportAsync(scratch, TwoRows.Replace("network,3,", "residential,3,"));
        Assert.Equal((0, 1, 1), (outcome.Inserted, outcome.Updated, outcome.Unchanged));
        await using var check = scratch.Open();
        Assert.Equal((PlanB?)PlanB.Residential, (await check.Set<Trajectory>().SingleAsync(t => t.CaseRef == "A1", Ct)).PlanB);
        var line = await check.AuditTrail.SingleAsync(a => a.Action == "Update" && a.EntityType == "Trajectory", Ct);
        Assert.Contains("\"PlanB\":[1,2]", line.Changes); // Network → Residential
    }

    [Fact]
    public async Task One_bad_row_rejects_the_whole_file_and_names_every_bad_row()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await using (var db = scratch.Open()) { await SeedStructureAsync(db); }
        var text = TwoRows + "A3,OSD,OCJ,Limburg,Team Genk,,2021-02-05,,,,\nA1,OSD,OCJ,Limburg,Team Hasselt,,2021-02-05,,,,\nA5,OSD,OCJ,Limburg,Team Hasselt,,2021-02-05,,,x,\n";
        var outcome = await ImportAsync(scratch, text);
        Assert.False(outcome.Accepted);
        Assert.Equal(["line 4: team: unknown team (use --create-missing to create it) (value: \"Team Genk\")",
                      "line 5: case_ref: appears more than once for this organisation in the file (value: \"A1\")",
                      "line 6: network_members: not a whole number of 0 or more (value: \"x\")"],
            outcome.Problems.Select(p => p.ToString()));
        await using var check = scratch.Open();
        Assert.Equal(0, await check.Set<Trajectory>().CountAsync(Ct));
    }

    [Fact]
    public async Task Unknown_names_are_created_only_when_asked()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        var refused = await ImportAsync(scratch, TwoRows);
        Assert.Equal(["organisation", "region", "organisation", "region"], refused.Problems.Select(p => p.Column));
        var accepted = await ImportAsync(scratch, TwoRows, createMissing: true);
        Assert.True(accepted.Accepted);
        await using var check = scratch.Open();
        Assert.Equal(1, await check.Teams.CountAsync(Ct)); // "Team Hasselt" and "team hasselt" are the same team
        Assert.Equal(2, await check.Set<Trajectory>().CountAsync(Ct));
    }

    [Fact]
    public async Task Bulk_inserted_rows_read_back_through_ef_with_every_value()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        var all = Header.Replace(",step_01_internal_mapping", "") + ",closure_reason,child_birth_date,started_in_plan_b,network_meetings,adult_safety_plan_on,child_safety_plan_on,placement,crisis_before,crisis_after,step_13_final_safety_plan\n"
            + "Z9,OSD,OCJ,Limburg,T,W2,2020-05-01,2021-06-02,none,0,done,2012-01-09,true,5,2020-09-09,2020-10-01,family_network,2,0,2021-05-05\n";
        Assert.True((await ImportAsync(scratch, all, createMissing: true)).Accepted);
        await using var check = scratch.Open();
        var t = await check.Set<Trajectory>().AsNoTracking().SingleAsync(x => x.CaseRef == "Z9", Ct);
        Assert.Equal(("W2", new DateOnly(2021, 6, 2), "done", new DateOnly(2012, 1, 9), true), (t.Worker, t.ClosedOn, t.ClosureReason, t.ChildBirthDate, t.StartedInPlanB));
        Assert.Equal(((PlanB?)PlanB.None, 0, 5, (Placement?)Placement.FamilyNetwork, 2, 0), (t.PlanB, t.NetworkMembers, t.NetworkMeetings, t.Placement, t.CrisisBefore, t.CrisisAfter));
        Assert.Equal((new DateOnly(2020, 9, 9), new DateOnly(2020, 10, 1), new DateOnly(2021, 5, 5)), (t.AdultSafetyPlanOn, t.ChildSafetyPlanOn, t.StepOn(PracticeStep.FinalSafetyPlan)));
        Assert.Equal(t.Id, (await check.Set<Trajectory>().SingleAsync(x => x.Id == t.Id, Ct)).Id); // ids stored as EF stores them
    }

    private static string ManyRows(int count, Func<int, string>? row = null)
    {
        var text = new System.Text.StringBuilder(Header).Append('\n');
        for (var i = 1; i <= count; i++)
        {
            text.Append(row?.Invoke(i) ?? $"R{i},OSD,OCJ,Limburg,Team Hasselt,W{i % 7},2021-01-05,,,,").Append('\n');
        }
        return text.ToString();
    }

    [Fact]
    public async Task A_bad_row_late_in_a_big_file_rejects_rows_already_written()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await using (var db = scratch.Open()) { await SeedStructureAsync(db); }
        // 25,000 rows: batches are written (2 of 10,000 on PostgreSQL, 10 of 2,000 on SQLite) before the bad row at line 20,001 and the repeated case_ref at the end.
        var file = ManyRows(25_000, i => i switch
        {
            20_000 => "R20000,OSD,OCJ,Limburg,Team Hasselt,W1,2021-13-05,,,,",
            25_000 => "R7,OSD,OCJ,Limburg,Team Hasselt,W1,2021-01-05,,,,",
            _ => null!,
        } ?? $"R{i},OSD,OCJ,Limburg,Team Hasselt,W{i % 7},2021-01-05,,,,");
        var outcome = await ImportAsync(scratch, file);
        Assert.False(outcome.Accepted);
        Assert.Equal([(20_001, "opened_on"), (25_001, "case_ref")], outcome.Problems.Select(p => (p.Line, p.Column)));
        Assert.Equal(25_000, outcome.Rows);
        await using var check = scratch.Open();
        Assert.Equal(0, await check.Set<Trajectory>().CountAsync(Ct));
        Assert.Empty(await check.AuditTrail.Where(a => a.Action == "Import").ToListAsync(Ct));
    }

    [Fact]
    public async Task A_cancelled_import_stops_reading_and_stores_nothing()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await using (var db = scratch.Open()) { await SeedStructureAsync(db); }
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var progress = new SynchronousProgress(rows =>
        {
            if (rows >= 20_000)
            {
                cancel.Cancel();
            }
        });
        await using (var db = scratch.Open())
        {
            var import = new TrajectoryImport(db, TimeProvider.System);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => import.ImportAsync(new StringReader(ManyRows(60_000)), "big.csv", false, progress, cancel.Token));
        }
        await using var check = scratch.Open();
        Assert.Equal(0, await check.Set<Trajectory>().CountAsync(Ct));
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    [Fact]
    public async Task The_database_refuses_a_trajectory_naming_a_structure_row_that_does_not_exist()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await using (var db = scratch.Open()) { await SeedStructureAsync(db); }
        Assert.True((await ImportAsync(scratch, TwoRows)).Accepted);
        Guid organisation, service, region, team;
        await using (var db = scratch.Open())
        {
            var t = await db.Teams.Include(x => x.Service).SingleAsync(Ct);
            (organisation, service, region, team) = (t.Service!.OrganisationId, t.ServiceId, t.RegionId, t.Id);
        }
        // On PostgreSQL these are statement-level checks, not foreign keys (docs/decisions/091): the same refusals.
        foreach (var wrong in new Action<Trajectory>[] { x => x.OrganisationId = Guid.NewGuid(), x => x.ServiceId = Guid.NewGuid(), x => x.RegionId = Guid.NewGuid(), x => x.TeamId = Guid.NewGuid() })
        {
            await using var db = scratch.Open();
            var row = new Trajectory { CaseRef = "X" + Guid.NewGuid().ToString("N")[..8], OrganisationId = organisation, ServiceId = service, RegionId = region, TeamId = team, OpenedOn = new DateOnly(2021, 1, 1) };
            wrong(row);
            db.Add(row);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
            await using var bulk = scratch.Open();
            await using var transaction = await bulk.Database.BeginTransactionAsync(Ct);
            var copy = new Trajectory { CaseRef = row.CaseRef, OrganisationId = row.OrganisationId, ServiceId = row.ServiceId, RegionId = row.RegionId, TeamId = row.TeamId, OpenedOn = row.OpenedOn };
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => new BulkTrajectoryWriter(bulk).InsertAsync([copy], Ct));
        }
        await using (var db = scratch.Open())
        {
            var a1 = await db.Set<Trajectory>().SingleAsync(t => t.CaseRef == "A1", Ct);
            a1.TeamId = Guid.NewGuid();
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        }
        // Rows still named by trajectories cannot be deleted (RESTRICT), whichever table.
        await using (var db = scratch.Open())
        {
            var refusals = new[]
            {
                await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Teams.Where(t => t.Id == team).ExecuteDeleteAsync(Ct)),
                await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Regions.Where(r => r.Id == region).ExecuteDeleteAsync(Ct)),
                await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Services.Where(s => s.Id == service).ExecuteDeleteAsync(Ct)),
                await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Organisations.Where(o => o.Id == organisation).ExecuteDeleteAsync(Ct)),
            };
            // Refused because trajectories name them (PostgreSQL says so; SQLite only says "FOREIGN KEY constraint failed").
            Assert.All(refusals, e => Assert.Contains(scratch.IsPostgres ? "Trajectories still name" : "FOREIGN KEY", e.Message));
        }
        await using var check = scratch.Open();
        Assert.Equal(2, await check.Set<Trajectory>().CountAsync(t => t.TeamId == team, Ct));
        Assert.Equal(1, await check.Teams.CountAsync(Ct));
    }
}
