using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Zicht.Data;

namespace Zicht.Features.Trajectories;

/// <summary>
/// Gives a team a new <see cref="TeamFigureStamp"/> in the same transaction as any write to its
/// trajectories, so figures cached before that write (the dashboards' duration cells) are known to be out of date.
/// Every trajectory write goes through one of two doors, and both call this: SaveChanges
/// (<c>AuditedSave</c>) and <see cref="BulkTrajectoryWriter"/>. An upsert, so two writers never collide.
/// </summary>
public static class TeamFigureStamps
{
    /// <summary>The teams whose trajectories the tracked changes add, change (before and after) or remove.</summary>
    public static HashSet<Guid> TouchedBy(IEnumerable<EntityEntry> tracked)
    {
        var teams = new HashSet<Guid>();
        foreach (var entry in tracked.Where(e => e.Entity is Trajectory))
        {
            var team = entry.Property(nameof(Trajectory.TeamId));
            switch (entry.State)
            {
                case EntityState.Added:
                    teams.Add((Guid)team.CurrentValue!);
                    break;
                case EntityState.Deleted:
                    teams.Add((Guid)team.OriginalValue!);
                    break;
                case EntityState.Modified:
                    teams.Add((Guid)team.OriginalValue!);
                    teams.Add((Guid)team.CurrentValue!);
                    break;
            }
        }
        return teams;
    }

    /// <summary>Call inside the transaction that writes the trajectories.</summary>
    public static async Task TouchAsync(ZichtDb db, IEnumerable<Guid> teams, CancellationToken ct)
    {
        foreach (var team in teams)
        {
            var stamp = Guid.NewGuid();
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "TeamFigureStamps" ("TeamId", "Stamp") VALUES ({team}, {stamp}) ON CONFLICT ("TeamId") DO UPDATE SET "Stamp" = excluded."Stamp" """, ct);
        }
    }

    /// <summary>Gives the teams that have no stamp yet a first one; never replaces a writer's.</summary>
    public static async Task GiveMissingAsync(ZichtDb db, IEnumerable<Guid> teams, CancellationToken ct)
    {
        var stamped = (await db.Set<TeamFigureStamp>().Select(s => s.TeamId).ToListAsync(ct)).ToHashSet();
        foreach (var team in teams.Where(t => !stamped.Contains(t)))
        {
            var stamp = Guid.NewGuid();
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "TeamFigureStamps" ("TeamId", "Stamp") VALUES ({team}, {stamp}) ON CONFLICT ("TeamId") DO NOTHING""", ct);
        }
    }
}
