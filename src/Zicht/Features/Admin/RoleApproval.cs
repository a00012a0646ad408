using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Admin;

/// <summary>
/// Four eyes on the one combination that lets an administrator read cases: an administrator with a
/// case role (or a case worker made administrator). The role is held back until a second administrator,
/// neither the one who asked nor the person concerned, approves it. Every step is in the audit trail.
/// </summary>
public class RoleApproval
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StaffId { get; set; }
    public required string Role { get; set; }
    public Guid RequestedById { get; set; }
    public DateTime RequestedAt { get; set; }
    public Guid? DecidedById { get; set; }
    public DateTime? DecidedAt { get; set; }
    public bool? Approved { get; set; }

    /// <summary>Roles that read case content (domain.md §2).</summary>
    public static readonly string[] CaseRoles = [.. Roles.CaseTeamRoles, Roles.ContextWorker];

    /// <summary>Of the roles to add, those that would give an administrator case access (or case access administration rights).</summary>
    public static List<string> HeldBack(IEnumerable<string> current, IEnumerable<string> selected)
    {
        var after = selected.ToList();
        var added = after.Except(current).ToList();
        var isAdminAfter = after.Contains(Roles.Administrator);
        var hasCaseRoleAfter = after.Any(CaseRoles.Contains);
        return added.Where(r => (isAdminAfter && CaseRoles.Contains(r)) || (r == Roles.Administrator && hasCaseRoleAfter)).ToList();
    }

    /// <summary>Who may decide: another administrator than the requester and the person concerned.</summary>
    public bool MayBeDecidedBy(Guid administratorId) => administratorId != RequestedById && administratorId != StaffId && Approved is null;
}

internal sealed class RoleApprovalConfiguration : IEntityTypeConfiguration<RoleApproval>
{
    public void Configure(EntityTypeBuilder<RoleApproval> b)
    {
        b.Property(a => a.Role).HasMaxLength(40);
        b.HasOne<Kernel.StaffUser>().WithMany().HasForeignKey(a => a.StaffId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.StaffId, a.Approved });
    }
}
