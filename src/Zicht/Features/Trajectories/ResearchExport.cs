using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Audit;

namespace Zicht.Features.Trajectories;

/// <summary>
/// Keyed pseudonyms: HMAC-SHA256 with a secret key, so the same case or worker always gets the same
/// pseudonym (researchers can link exports) but nobody without the key can recompute one from a guessed
/// reference, as they could with a plain hash.
/// </summary>
public sealed class Pseudonymiser
{
    public const int MinimumKeyLength = 32;
    private readonly byte[] _key;

    public Pseudonymiser(string? key)
    {
        if (string.IsNullOrEmpty(key) || key.Length < MinimumKeyLength)
        {
            throw new InvalidOperationException(
                $"A research export needs a secret pseudonym key of at least {MinimumKeyLength} characters in Zicht:PseudonymKey (env Zicht__PseudonymKey).");
        }
        _key = Encoding.UTF8.GetBytes(key);
    }

    public string Of(string prefix, string organisation, string value)
    {
        var hash = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{prefix}\n{organisation}\n{value}"));
        return prefix + "-" + Convert.ToHexStringLower(hash)[..20];
    }
}

/// <summary>
/// The pseudonymised research export of every trajectory, in the exchange format: case references and
/// worker codes become keyed pseudonyms, the birth date keeps only its year (written as YYYY-01-01 so the
/// file stays in the format; docs/decisions/032-research-export.md), closure reasons (free text) are
/// dropped. Small cells of the quasi-identifiers are treated (docs/privacy.md): a team with fewer
/// trajectories than the minimum group size is written as <see cref="OtherTeams"/> of its service and
/// region, a worker with fewer is left out, and a birth year shared by fewer within its (merged) team is
/// left out. Each export is one audit line with who, when, why and what was treated.
/// </summary>
public sealed class ResearchExport(ZichtDb db)
{
    public const string OtherTeams = "overige teams";

    public sealed record Treatment(int MergedTeams, int BlankedWorkers, int BlankedBirthYears);

    public async Task<int> WriteAsync(TextWriter text, Pseudonymiser pseudonyms, string reason, int minimum, CancellationToken ct) =>
        (await WriteWithTreatmentAsync(text, pseudonyms, reason, minimum, ct)).Rows;

    public async Task<(int Rows, Treatment Treatment)> WriteWithTreatmentAsync(TextWriter text, Pseudonymiser pseudonyms, string reason, int minimum, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidOperationException("A research export needs a reason (--reason); it goes into the audit trail.");
        }
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Id, o => o.Code, ct);
        var services = await db.Services.ToDictionaryAsync(s => s.Id, s => s.Code, ct);
        var regions = await db.Regions.ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var teams = await db.Teams.ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var cells = await SmallCellsAsync(minimum, ct);
        var rows = 0;
        int blankedWorkers = 0, blankedYears = 0;
        using (var writer = new TrajectoryCsvWriter(text))
        {
            await foreach (var t in db.Set<Trajectory>().AsNoTracking().OrderBy(t => t.OrganisationId).ThenBy(t => t.CaseRef).AsAsyncEnumerable().WithCancellation(ct))
            {
                var organisation = organisations[t.OrganisationId];
                var merged = cells.SmallTeams.Contains(t.TeamId);
                var keepWorker = t.Worker is not null && !cells.SmallWorkers.Contains((t.OrganisationId, t.Worker));
                var year = t.ChildBirthDate?.Year;
                var keepYear = year is { } y && !cells.SmallBirthYears.Contains((cells.TeamKey(t.TeamId), y));
                blankedWorkers += t.Worker is not null && !keepWorker ? 1 : 0;
                blankedYears += year is not null && !keepYear ? 1 : 0;
                t.CaseRef = pseudonyms.Of("T", organisation, t.CaseRef);
                t.Worker = keepWorker ? pseudonyms.Of("W", organisation, t.Worker!) : null;
                t.ChildBirthDate = keepYear ? new DateOnly(year!.Value, 1, 1) : null;
                t.ClosureReason = null;
                writer.Write(new TrajectoryRecord
                {
                    Organisation = organisation,
                    Service = services[t.ServiceId],
                    Region = regions[t.RegionId],
                    Team = merged ? OtherTeams : teams[t.TeamId],
                    Values = t,
                });
                rows++;
            }
        }
        var treatment = new Treatment(cells.SmallTeams.Count, blankedWorkers, blankedYears);
        db.RecordAudit(AuditActions.Export, "ResearchExport", null, null,
            $"{reason} ({rows} trajectories, pseudonymised; minimum {minimum}: {treatment.MergedTeams} teams merged, "
            + $"{treatment.BlankedWorkers} workers and {treatment.BlankedBirthYears} birth years left out; operating-system user {Environment.UserName})");
        await db.SaveChangesAsync(ct);
        return (rows, treatment);
    }

    private sealed record SmallCells(HashSet<Guid> SmallTeams, HashSet<(Guid, string)> SmallWorkers,
        HashSet<((Guid, Guid, Guid), int)> SmallBirthYears, Dictionary<Guid, (Guid, Guid, Guid)> TeamKeys)
    {
        /// <summary>A team's own key, or its service and region with an empty team when it is merged.</summary>
        public (Guid, Guid, Guid) TeamKey(Guid team) => TeamKeys[team];
    }

    /// <summary>Counted in the database, before the rows stream out: the file is never held in memory.</summary>
    private async Task<SmallCells> SmallCellsAsync(int minimum, CancellationToken ct)
    {
        var trajectories = db.Set<Trajectory>().AsNoTracking();
        var perTeam = await trajectories.GroupBy(t => new { t.TeamId, t.ServiceId, t.RegionId })
            .Select(g => new { g.Key.TeamId, g.Key.ServiceId, g.Key.RegionId, N = g.Count() }).ToListAsync(ct);
        var smallTeams = perTeam.Where(t => t.N < minimum).Select(t => t.TeamId).ToHashSet();
        var teamKeys = perTeam.ToDictionary(t => t.TeamId, t => (t.ServiceId, t.RegionId, smallTeams.Contains(t.TeamId) ? Guid.Empty : t.TeamId));
        var workers = await trajectories.Where(t => t.Worker != null).GroupBy(t => new { t.OrganisationId, t.Worker })
            .Select(g => new { g.Key.OrganisationId, g.Key.Worker, N = g.Count() }).Where(g => g.N < minimum).ToListAsync(ct);
        var years = await trajectories.Where(t => t.ChildBirthDate != null).GroupBy(t => new { t.TeamId, t.ChildBirthDate!.Value.Year })
            .Select(g => new { g.Key.TeamId, g.Key.Year, N = g.Count() }).ToListAsync(ct);
        var smallYears = years.GroupBy(y => (teamKeys[y.TeamId], y.Year)).Where(g => g.Sum(y => y.N) < minimum).Select(g => g.Key).ToHashSet();
        return new SmallCells(smallTeams, workers.Select(w => (w.OrganisationId, w.Worker!)).ToHashSet(), smallYears, teamKeys);
    }
}
