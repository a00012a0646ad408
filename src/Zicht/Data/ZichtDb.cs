using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Zicht.Infrastructure;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;
using Org = Zicht.Kernel;

namespace Zicht.Data;

/// <summary>
/// The one DbContext. Features add their entities through IEntityTypeConfiguration classes in their
/// own folder (picked up by ApplyConfigurationsFromAssembly) and use <c>db.Set&lt;T&gt;()</c>.
/// Provider-specific subclasses exist only so each database has its own migration set.
/// </summary>
public abstract class ZichtDb(DbContextOptions options, RequestContext context)
    : IdentityDbContext<StaffUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public RequestContext Context { get; } = context;

    /// <summary>
    /// What features derive from saved changes, run inside every save's transaction (see AuditedSave):
    /// every <see cref="IDerivedRows"/> in the assembly, found once, so no save can miss one.
    /// </summary>
    public static IReadOnlyList<IDerivedRows> DerivedRows { get; } = typeof(IDerivedRows).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDerivedRows).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IDerivedRows)Activator.CreateInstance(t, nonPublic: true)!)
        .ToList();

    /// <summary>Referenced by the global query filters; EF re-reads it for every query.</summary>
    public CaseScope Scope => Context.Scope;

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Org.Organisation> Organisations => Set<Org.Organisation>();
    public DbSet<Org.Service> Services => Set<Org.Service>();
    public DbSet<Org.Region> Regions => Set<Org.Region>();
    public DbSet<Org.Team> Teams => Set<Org.Team>();
    public DbSet<Org.TeamMembership> TeamMemberships => Set<Org.TeamMembership>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CasePerson> CasePeople => Set<CasePerson>();
    public DbSet<CaseAssignment> CaseAssignments => Set<CaseAssignment>();
    public DbSet<CasePartnership> CasePartnerships => Set<CasePartnership>();
    public DbSet<AuditEntry> AuditTrail => Set<AuditEntry>();

    public abstract bool IsPostgres { get; }

    /// <summary>
    /// Lines that are not entity changes (reads, exports), written with the next SaveChanges; on a page,
    /// at the latest when its handler is done (<see cref="Infrastructure.Web.PendingReadsAreWritten"/>).
    /// </summary>
    internal List<AuditEntry> PendingAuditLines { get; } = [];

    /// <summary>The key of the audit chain, from configuration (outside the database).</summary>
    internal AuditKey AuditKey => this.GetService<AuditKey>();

    /// <summary>The audit chain's head within the current transaction (see AuditChain).</summary>
    internal ChainHead? ChainHead { get; set; }

    /// <summary>Records a read, export or download; call SaveChangesAsync to write it.</summary>
    public void RecordAudit(string action, string entityType, string? entityId, Guid? caseId, string? reason = null)
    {
        if (action == AuditActions.Read && this.GetService<ReadAuditing>().Off)
        {
            return;
        }
        PendingAuditLines.Add(new AuditEntry
        {
            ActorId = Context.StaffId,
            ActorName = Context.ActorName,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            CaseId = caseId,
            Reason = reason,
            PreviousHash = "",
            Hash = "",
        });
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ZichtDb).Assembly);
        builder.Entity<Case>().HasQueryFilter(CaseVisible);
        foreach (var type in builder.Model.GetEntityTypes().Select(t => t.ClrType).ToList())
        {
            // Assignments and partnerships are exempt: the case rule itself reads them, and a filter
            // on them would navigate back to Case and recurse.
            var partOfTheRule = type == typeof(CaseAssignment) || type == typeof(CasePartnership);
            if (!partOfTheRule && typeof(ICaseOwned).IsAssignableFrom(type) && type.GetProperty("Case")?.PropertyType == typeof(Case))
            {
                builder.Entity(type).HasQueryFilter(OwnedByVisibleCase(type));
            }
            if (typeof(IVersioned).IsAssignableFrom(type))
            {
                builder.Entity(type).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }
        }
    }

    /// <summary>The access rule of CaseAccess, as an expression EF can translate.</summary>
    private Expression<Func<Case, bool>> CaseVisible => c =>
        Scope.Unrestricted
        || (Scope.SeesTeamCases && (Scope.TeamIds.Contains(c.TeamId)
            || c.ResponsibleWorkerId == Scope.StaffId
            || c.Assignments.Any(a => a.StaffId == Scope.StaffId)))
        || (Scope.SeesPartneredCases && c.Partnerships.Any(p => p.OrganisationId == Scope.OrganisationId));

    private LambdaExpression OwnedByVisibleCase(Type type)
    {
        var entity = Expression.Parameter(type, "e");
        var rule = CaseVisible;
        var body = new ReplaceParameter(rule.Parameters[0], Expression.Property(entity, "Case")).Visit(rule.Body);
        return Expression.Lambda(body, entity);
    }

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        AuditedSave.RunAsync(this, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);
}
