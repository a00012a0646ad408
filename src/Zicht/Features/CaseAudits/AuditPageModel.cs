using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;
using Zicht.Kernel;

namespace Zicht.Features.CaseAudits;

/// <summary>The services every audit page needs, injected as one.</summary>
public sealed record AuditServices(ZichtDb Db, CaseAccess Access, RequestContext Context, AuditTemplateStore Templates, IStringLocalizer<SharedText> T, TimeProvider Clock);

/// <summary>
/// Base of the pages of one audit. Opens it only for its two participants, and only while they may read
/// the case (CaseAccess; 404 for everyone else, exactly like a missing case). Scores are loaded through
/// <see cref="ScoresAsync"/>, the one place that enforces blind scoring.
/// </summary>
public abstract class AuditPageModel(AuditServices services) : PageModel
{
    protected ZichtDb Db => services.Db;
    protected IStringLocalizer<SharedText> T => services.T;
    protected AuditServices Services => services;
    public Case Case { get; private set; } = null!;
    public CaseAudit Audit { get; private set; } = null!;
    public AuditRole Role { get; private set; }
    public AuditTemplate Template { get; private set; } = null!;
    public AuditStatus Status { get; private set; }
    public string WorkerName { get; private set; } = "";
    public string ReviewerName { get; private set; } = "";
    public DateOnly Today => DateOnly.FromDateTime(services.Clock.GetLocalNow().DateTime);
    public bool HasSubmitted(AuditRole role) => Audit.Scorings.Any(s => s.Role == role);
    public bool BothSubmitted => AuditRules.BothSubmitted(Audit.Scorings.Select(s => s.Role));
    public string OtherName => Role == AuditRole.Worker ? ReviewerName : WorkerName;
    public string Link(string? part = null) => $"/dossiers/{Case.Id}/casusaudits/{Audit.Id}{(part is null ? "" : "/" + part)}";

    /// <summary>Loads the audit and records the read; false means answer 404.</summary>
    protected async Task<bool> OpenAsync(Guid caseId, Guid auditId, CancellationToken ct = default)
    {
        var found = await services.Access.LoadAsync(caseId, CaseOperation.Read, "CaseAudit", ct);
        if (found is null)
        {
            return false;
        }
        var audit = await Db.Set<CaseAudit>().Include(a => a.Scorings).Include(a => a.Conversation).ThenInclude(c => c!.LearningPoints).AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == auditId && a.CaseId == caseId, ct);
        if (audit is null || AuditRules.RoleOf(audit.WorkerId, audit.ReviewerId, services.Context.StaffId) is not { } role)
        {
            return false;
        }
        (Case, Audit, Role) = (found, audit, role);
        Template = await services.Templates.GetAsync(audit.TemplateVersionId, ct);
        Status = AuditRules.StatusOf(audit.Kind, audit.Scorings.Select(s => s.Role), audit.ComparedAt, audit.ClosedOn, audit.StoppedOn);
        var names = await Db.Users.AsNoTracking().Where(u => u.Id == audit.WorkerId || u.Id == audit.ReviewerId)
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        (WorkerName, ReviewerName) = (names.GetValueOrDefault(audit.WorkerId, "?"), names.GetValueOrDefault(audit.ReviewerId, "?"));
        // Written with the action's own save, or after the handler (PendingReadsAreWritten): one transaction per action.
        Db.RecordAudit(AuditActions.Read, nameof(CaseAudit), audit.Id.ToString(), caseId);
        return true;
    }

    /// <summary>
    /// The scores of one side. Blind scoring: the other participant's scores only once both are submitted;
    /// asking earlier is a programming error, never silently allowed.
    /// </summary>
    protected async Task<List<AuditScore>> ScoresAsync(AuditRole side, CancellationToken ct = default)
    {
        if (side != Role && !BothSubmitted)
        {
            throw new InvalidOperationException("Blind scoring: the other scoring is not visible before both are submitted.");
        }
        var scoring = Audit.Scorings.FirstOrDefault(s => s.Role == side);
        return scoring is null ? [] : await Db.Set<AuditScore>().AsNoTracking().Include(s => s.Evidence)
            .Where(s => s.ScoringId == scoring.Id).ToListAsync(ct);
    }
}
