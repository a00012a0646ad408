using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Features.Sgog;

/// <summary>Something an inspection would find missing (004:242–282): a text key and its arguments.</summary>
public sealed record Gap(string Text, params object[] Args);

/// <summary>What the gaps are computed from: the versions in force, the last awareness days, the incidents not reported.</summary>
public sealed record FrameworkState(
    SgogDocument? Framework, SgogDocument? Procedure,
    DateOnly? StaffInformed, DateOnly? UsersInformed, DateOnly? StaffTrained, int ReportableNotSent);

/// <summary>
/// The gaps, the way the inspection looked (written framework, a complete procedure with registration, staff and
/// users informed, staff trained, incidents reported). "Informed" and "trained" count from the adoption of the
/// framework in force: a new framework must be made known again. The seed gives no period, so none is invented.
/// </summary>
public static class SgogGaps
{
    public static List<Gap> Of(FrameworkState s)
    {
        var gaps = new List<Gap>();
        if (s.Framework is null)
        {
            gaps.Add(new("There is no written reference framework."));
        }
        if (s.Procedure is not { } p)
        {
            gaps.Add(new("There is no procedure for prevention, detection and response."));
        }
        else
        {
            var checks = new (bool Covered, string Gap)[]
            {
                (p.CoversPrevention, "The procedure in force (version {0}) does not cover prevention."),
                (p.CoversDetection, "The procedure in force (version {0}) does not cover detection."),
                (p.CoversResponse, "The procedure in force (version {0}) does not cover an appropriate response."),
                (p.CoversRegistration, "The procedure in force (version {0}) has no registration system."),
            };
            gaps.AddRange(checks.Where(c => !c.Covered).Select(c => new Gap(c.Gap, p.Number)));
        }
        if (s.Framework is { } f)
        {
            if (!(s.StaffInformed >= f.AdoptedOn))
            {
                gaps.Add(new("Staff have not been informed of the framework in force (version {0}, adopted on {1:d}).", f.Number, f.AdoptedOn));
            }
            if (!(s.UsersInformed >= f.AdoptedOn))
            {
                gaps.Add(new("The young people and families have not been informed of the framework in force (version {0}, adopted on {1:d}).", f.Number, f.AdoptedOn));
            }
            if (!(s.StaffTrained >= f.AdoptedOn))
            {
                gaps.Add(new("No staff training recorded since the framework in force was adopted ({0:d}).", f.AdoptedOn));
            }
        }
        if (s.ReportableNotSent > 0)
        {
            gaps.Add(new("{0} incident(s) decided reportable are not reported to the administration.", s.ReportableNotSent));
        }
        return gaps;
    }

    public static async Task<FrameworkState> StateAsync(ZichtDb db, Guid provider, CancellationToken ct)
    {
        var documents = await db.Set<SgogDocument>().AsNoTracking().Where(d => d.OrganisationId == provider).ToListAsync(ct);
        var awareness = await db.Set<SgogAwareness>().AsNoTracking().Where(a => a.OrganisationId == provider)
            .GroupBy(a => a.Kind).Select(g => new { Kind = g.Key, Last = g.Max(a => a.On) }).ToListAsync(ct);
        var notSent = await db.Set<SgogIncident>().CountAsync(i => i.OrganisationId == provider && i.Decision == ReportableDecision.Reportable && i.Report == null, ct);
        DateOnly? Last(AwarenessKind kind) => awareness.FirstOrDefault(a => a.Kind == kind)?.Last;
        return new FrameworkState(InForce(documents, SgogDocumentKind.Framework), InForce(documents, SgogDocumentKind.Procedure),
            Last(AwarenessKind.StaffInformed), Last(AwarenessKind.UsersInformed), Last(AwarenessKind.StaffTrained), notSent);
    }

    public static async Task<List<Gap>> OfAsync(ZichtDb db, Guid provider, CancellationToken ct) => Of(await StateAsync(db, provider, ct));

    /// <summary>The version in force: the latest adopted, the highest number on the same day.</summary>
    public static SgogDocument? InForce(IEnumerable<SgogDocument> documents, SgogDocumentKind kind) =>
        documents.Where(d => d.Kind == kind).OrderByDescending(d => d.AdoptedOn).ThenByDescending(d => d.Number).FirstOrDefault();
}
