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
/// dropped. Each export is one audit line with who, when and why.
/// </summary>
public sealed class ResearchExport(ZichtDb db)
{
    public async Task<int> WriteAsync(TextWriter text, Pseudonymiser pseudonyms, string reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidOperationException("A research export needs a reason (--reason); it goes into the audit trail.");
        }
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Id, o => o.Code, ct);
        var services = await db.Services.ToDictionaryAsync(s => s.Id, s => s.Code, ct);
        var regions = await db.Regions.ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var teams = await db.Teams.ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var rows = 0;
        using (var writer = new TrajectoryCsvWriter(text))
        {
            await foreach (var t in db.Set<Trajectory>().AsNoTracking().OrderBy(t => t.OrganisationId).ThenBy(t => t.CaseRef).AsAsyncEnumerable().WithCancellation(ct))
            {
                var organisation = organisations[t.OrganisationId];
                t.CaseRef = pseudonyms.Of("T", organisation, t.CaseRef);
                t.Worker = t.Worker is null ? null : pseudonyms.Of("W", organisation, t.Worker);
                t.ChildBirthDate = t.ChildBirthDate is { } born ? new DateOnly(born.Year, 1, 1) : null;
                t.ClosureReason = null;
                writer.Write(new TrajectoryRecord
                {
                    Organisation = organisation,
                    Service = services[t.ServiceId],
                    Region = regions[t.RegionId],
                    Team = teams[t.TeamId],
                    Values = t,
                });
                rows++;
            }
        }
        db.RecordAudit(AuditActions.Export, "ResearchExport", null, null,
            $"{reason} ({rows} trajectories, pseudonymised; operating-system user {Environment.UserName})");
        await db.SaveChangesAsync(ct);
        return rows;
    }
}
