using Microsoft.EntityFrameworkCore;
using Xunit;
using Zicht.Data;
using Zicht.Features.Trajectories;
using Org = Zicht.Kernel;

namespace Zicht.Tests.Features.Trajectories;

/// <summary>
/// A big import builds the trajectory table's non-unique indexes at its end (docs/decisions/094). The threshold
/// is lowered so a few dozen rows count as big; the schema afterwards must be exactly as before, on both databases.
/// </summary>
public class BigImportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Header = "case_ref,organisation,service,region,team,worker,opened_on,closed_on,plan_b,network_members,step_01_internal_mapping";

    private static string Rows(int from, int count, string? last = null)
    {
        var text = new System.Text.StringBuilder(Header).Append('\n');
        for (var i = from; i < from + count; i++)
        {
            text.Append($"B{i},OSD,OCJ,Limburg,Team Hasselt,W{i % 5},2021-0{1 + i % 9}-05,,,,2021-0{1 + i % 9}-20\n");
        }
        return last is null ? text.ToString() : text.Append(last).Append('\n').ToString();
    }

    private static async Task<ScratchDatabase> SeededAsync()
    {
        var scratch = await ScratchDatabase.CreateAsync();
        await using var db = scratch.Open();
        var organisation = new Org.Organisation { Name = "Afdeling Sociale Diensten", Code = "OSD", Kind = Org.OrganisationKind.Division };
        var service = new Org.Service { Code = "OCJ", Name = "Ondersteuningscentrum Jeugdzorg", Organisation = organisation };
        var region = new Org.Region { Name = "Limburg" };
        db.AddRange(organisation, service, region, new Org.Team { Name = "Team Hasselt", Service = service, Region = region });
        await db.SaveChangesAsync(Ct);
        return scratch;
    }

    private static async Task<ImportOutcome> ImportAsync(ScratchDatabase scratch, string text)
    {
        await using var db = scratch.Open();
        var import = new TrajectoryImport(db, TimeProvider.System) { SetIndexesAsideFrom = 20 };
        return await import.ImportAsync(new StringReader(text), "big.csv", false, null, Ct);
    }

    /// <summary>Every index of the trajectory table as the database states it (name and definition).</summary>
    private static async Task<List<string>> IndexesAsync(ScratchDatabase scratch)
    {
        await using var db = scratch.Open();
        var sql = scratch.IsPostgres
            ? "SELECT indexname || ': ' || indexdef AS \"Value\" FROM pg_indexes WHERE tablename = 'Trajectory'"
            : "SELECT name || ': ' || coalesce(sql, '') AS \"Value\" FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Trajectory'";
        return (await db.Database.SqlQueryRaw<string>(sql).ToListAsync(Ct)).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task A_big_import_builds_the_non_unique_indexes_at_its_end_and_leaves_them_as_the_migrations_made_them()
    {
        await using var scratch = await SeededAsync();
        var before = await IndexesAsync(scratch);
        Assert.Contains(before, i => i.StartsWith("IX_Trajectory_TeamId_OpenedOn: ", StringComparison.Ordinal));

        var outcome = await ImportAsync(scratch, Rows(1, 50));

        Assert.True(outcome.Accepted);
        Assert.True(outcome.IndexesBuiltAtEnd);
        Assert.Equal(50, outcome.Inserted);
        Assert.Equal(before, await IndexesAsync(scratch));
        await using var check = scratch.Open();
        var team = await check.Teams.SingleAsync(Ct);
        Assert.Equal(50, await check.Set<Trajectory>().CountAsync(t => t.TeamId == team.Id && t.OpenedOn >= new DateOnly(2021, 1, 1), Ct));
    }

    [Fact]
    public async Task An_import_smaller_than_the_table_keeps_the_indexes_in_place()
    {
        await using var scratch = await SeededAsync();
        Assert.True((await ImportAsync(scratch, Rows(1, 50))).IndexesBuiltAtEnd);

        var second = await ImportAsync(scratch, Rows(101, 30)); // 30 new rows, 50 there already

        Assert.True(second.Accepted);
        Assert.False(second.IndexesBuiltAtEnd);
        Assert.Equal(30, second.Inserted);
    }

    [Fact]
    public async Task A_rejected_big_import_leaves_neither_rows_nor_a_changed_schema()
    {
        await using var scratch = await SeededAsync();
        var before = await IndexesAsync(scratch);

        var outcome = await ImportAsync(scratch, Rows(1, 60, last: "B7,OSD,OCJ,Limburg,Team Hasselt,W1,2021-01-05,,,,"));

        Assert.False(outcome.Accepted);
        Assert.Equal([(62, "case_ref")], outcome.Problems.Select(p => (p.Line, p.Column)));
        Assert.Equal(before, await IndexesAsync(scratch));
        await using var check = scratch.Open();
        Assert.Equal(0, await check.Set<Trajectory>().CountAsync(Ct));
    }

    [Fact]
    public async Task On_postgres_a_reader_holding_the_table_makes_the_import_keep_its_indexes_instead_of_waiting()
    {
        await using var scratch = await SeededAsync();
        Assert.SkipUnless(scratch.IsPostgres, "SQLite readers never block the drop (WAL): only PostgreSQL takes a table lock for it");
        await using var reader = scratch.Open();
        await using var held = await reader.Database.BeginTransactionAsync(Ct);
        await reader.Set<Trajectory>().CountAsync(Ct); // holds an ACCESS SHARE lock until its transaction ends

        var outcome = await ImportAsync(scratch, Rows(1, 50));

        Assert.True(outcome.Accepted);
        Assert.False(outcome.IndexesBuiltAtEnd);
        Assert.Equal(50, outcome.Inserted);
        await held.RollbackAsync(Ct);
        Assert.Equal(50, await reader.Set<Trajectory>().CountAsync(Ct));
    }
}
