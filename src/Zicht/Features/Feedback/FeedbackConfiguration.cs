using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Features.Surveys;

namespace Zicht.Features.Feedback;

internal sealed class FeedbackInvitationConfiguration : IEntityTypeConfiguration<FeedbackInvitation>
{
    public void Configure(EntityTypeBuilder<FeedbackInvitation> b)
    {
        b.HasOne(i => i.Case).WithMany().HasForeignKey(i => i.CaseId);
        b.HasOne<InstrumentVersion>().WithMany().HasForeignKey(i => i.InstrumentVersionId).OnDelete(DeleteBehavior.Restrict);
        b.Property(i => i.Respondent).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.TokenHash).HasMaxLength(64);
        b.HasIndex(i => i.TokenHash).IsUnique();
        b.Property(i => i.Email).HasMaxLength(254);
        b.HasIndex(i => i.CaseId);
        // One follow-up per consent and due date, so the scheduler can run any number of times.
        b.HasIndex(i => new { i.FollowUpOfId, i.DueOn }).IsUnique();
    }
}

internal sealed class FeedbackResponseConfiguration : IEntityTypeConfiguration<FeedbackResponse>
{
    public void Configure(EntityTypeBuilder<FeedbackResponse> b)
    {
        b.HasOne<InstrumentVersion>().WithMany().HasForeignKey(r => r.InstrumentVersionId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.Respondent).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(r => new { r.TeamId, r.Period });
        b.HasIndex(r => r.WorkerId);
    }
}
