using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Zicht.Data;
using Zicht.Features.Feedback;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Feedback;

/// <summary>Responses stored before issue 8 lose their invitation and keep only the quarter, on both databases.</summary>
public class UnlinkMigrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Existing_responses_lose_their_link_and_keep_their_answers_by_quarter()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = Open(database);
        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith("_UnlinkFeedbackResponses", StringComparison.Ordinal)) - 1];
        await db.GetService<IMigrator>().MigrateAsync(before, Ct);

        var pg = database.Provider == "Postgres";
        object Id(Guid g) => pg ? g : g.ToString().ToUpperInvariant();
        object Day(DateOnly d) => pg ? d : d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var version = Guid.NewGuid();
        await db.Database.ExecuteSqlRawAsync("INSERT INTO \"InstrumentVersion\" (\"Id\", \"Key\", \"Version\", \"Audience\", \"Json\", \"CreatedAt\") "
            + "VALUES ({0}, 'parent', 1, 'Parent', '{{}}', {1})", [Id(version), pg ? DateTime.UtcNow : DateTime.UtcNow.ToString("O")], Ct);
        var worker = Guid.NewGuid();
        foreach (var (month, answers) in new[] { (new DateOnly(2024, 5, 1), "{\"p01\":\"4\"}"), (new DateOnly(2024, 12, 1), "{\"p01\":\"1\"}") })
        {
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"FeedbackResponse\" (\"Id\", \"InvitationId\", \"InstrumentVersionId\", \"Respondent\", "
                + "\"WorkerId\", \"TeamId\", \"ServiceId\", \"RegionId\", \"Period\", \"Answers\") VALUES ({0}, {1}, {2}, 'Parent', {3}, {4}, {5}, {6}, {7}, {8})",
                [Id(Guid.NewGuid()), Id(Guid.NewGuid()), Id(version), Id(worker), Id(Guid.NewGuid()), Id(Guid.NewGuid()), Id(Guid.NewGuid()), Day(month), answers], Ct);
        }

        await db.GetService<IMigrator>().MigrateAsync(null, Ct);

        var rows = await db.Set<FeedbackResponse>().Where(r => r.WorkerId == worker).OrderBy(r => r.Period).Select(r => new { r.Period, r.Answers }).ToListAsync(Ct);
        Assert.Equal([new DateOnly(2024, 4, 1), new DateOnly(2024, 10, 1)], rows.Select(r => r.Period));
        Assert.Equal(["{\"p01\":\"4\"}", "{\"p01\":\"1\"}"], rows.Select(r => r.Answers));
        Assert.DoesNotContain(db.Model.FindEntityType(typeof(FeedbackResponse))!.GetProperties(), p => p.Name == "InvitationId");
    }

    private static ZichtDb Open(TestDatabase database) => database.Provider == "Postgres"
        ? new PostgresZichtDb(new DbContextOptionsBuilder<PostgresZichtDb>().UseNpgsql(database.ConnectionString).UseApplicationServiceProvider(TestAuditKey.Services).Options, RequestContext.System("test"))
        : new SqliteZichtDb(new DbContextOptionsBuilder<SqliteZichtDb>().UseSqlite(database.ConnectionString).UseApplicationServiceProvider(TestAuditKey.Services).Options, RequestContext.System("test"));
}
