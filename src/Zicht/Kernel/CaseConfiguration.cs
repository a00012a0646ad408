using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zicht.Kernel;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.Property(c => c.Reference).HasMaxLength(64);
        b.HasIndex(c => new { c.OrganisationId, c.Reference }).IsUnique();
        b.HasIndex(c => c.TeamId);
        b.HasIndex(c => c.ResponsibleWorkerId);
        b.Property(c => c.MainTheme).HasMaxLength(500);
        b.Property(c => c.NetworkInvolvedWho).HasMaxLength(500);
        b.Property(c => c.ComplicatingFactors).HasMaxLength(2000);
        b.Property(c => c.ClosureReason).HasMaxLength(500);
        b.Property(c => c.ReferralSource).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Phase).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Service).WithMany().HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Team).WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.ResponsibleWorker).WithMany().HasForeignKey(c => c.ResponsibleWorkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Case>().WithMany().HasForeignKey(c => c.ReopensCaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseAssignmentConfiguration : IEntityTypeConfiguration<CaseAssignment>
{
    public void Configure(EntityTypeBuilder<CaseAssignment> b)
    {
        b.HasKey(a => new { a.CaseId, a.StaffId });
        b.HasOne(a => a.Case).WithMany(c => c.Assignments).HasForeignKey(a => a.CaseId);
        b.HasOne(a => a.Staff).WithMany().HasForeignKey(a => a.StaffId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => a.StaffId);
    }
}

internal sealed class CasePartnershipConfiguration : IEntityTypeConfiguration<CasePartnership>
{
    public void Configure(EntityTypeBuilder<CasePartnership> b)
    {
        b.HasKey(p => new { p.CaseId, p.OrganisationId });
        b.HasOne(p => p.Case).WithMany(c => c.Partnerships).HasForeignKey(p => p.CaseId);
        b.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => p.OrganisationId);
    }
}

internal sealed class CasePersonConfiguration : IEntityTypeConfiguration<CasePerson>
{
    public void Configure(EntityTypeBuilder<CasePerson> b)
    {
        b.HasOne(p => p.Case).WithMany(c => c.People).HasForeignKey(p => p.CaseId);
        b.Property(p => p.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.NetworkKind).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.FullName).HasMaxLength(200);
        b.Property(p => p.Relationship).HasMaxLength(200);
        b.Property(p => p.PartnerOrganisation).HasMaxLength(200);
        b.Property(p => p.Phone).HasMaxLength(40);
    }
}
