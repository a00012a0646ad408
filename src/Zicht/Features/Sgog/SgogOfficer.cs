using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Kernel;

namespace Zicht.Features.Sgog;

/// <summary>
/// The naming of a staff member as SGOG officer (aanspreekpunt) of their provider. The role alone opens
/// nothing: only a staff member of the provider, with the role, and named here (not ended) opens its register.
/// </summary>
public class SgogOfficer
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid StaffId { get; set; }
    public DateOnly NamedOn { get; set; }
    public Guid? NamedById { get; set; }
    public DateOnly? EndedOn { get; set; }
}

internal sealed class SgogOfficerConfiguration : IEntityTypeConfiguration<SgogOfficer>
{
    public void Configure(EntityTypeBuilder<SgogOfficer> b)
    {
        b.ToTable("SgogOfficers");
        b.HasOne<Organisation>().WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffUser>().WithMany().HasForeignKey(o => o.StaffId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(o => new { o.StaffId, o.OrganisationId });
    }
}
