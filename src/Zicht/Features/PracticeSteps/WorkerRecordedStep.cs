using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.PracticeSteps;

/// <summary>The date a worker recorded for a step no record proves (06, 09); once per case and step.</summary>
public class WorkerRecordedStep : ICaseOwned, IVersioned
{
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public PracticeStep Step { get; set; }
    public DateOnly On { get; set; }
    public string RecordedByName { get; set; } = "";
    public int Version { get; set; }
}

internal sealed class WorkerRecordedStepConfiguration : IEntityTypeConfiguration<WorkerRecordedStep>
{
    public void Configure(EntityTypeBuilder<WorkerRecordedStep> b)
    {
        b.HasKey(s => new { s.CaseId, s.Step });
        b.HasOne(s => s.Case).WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.RecordedByName).HasMaxLength(200);
    }
}
