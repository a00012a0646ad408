using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zicht.Features.LiveMapping;

internal sealed class LiveMeetingConfiguration : IEntityTypeConfiguration<LiveMeeting>
{
    public void Configure(EntityTypeBuilder<LiveMeeting> b)
    {
        b.HasOne(m => m.Case).WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(m => m.OpenedByName).HasMaxLength(200);
        b.Property(m => m.JoinCodeHash).HasMaxLength(64);
        b.Property(m => m.JoinCodeSealed).HasMaxLength(400);
        b.Property(m => m.Agreements).HasMaxLength(4000);
        b.HasIndex(m => m.JoinCodeHash);
        b.HasIndex(m => m.CaseId);
    }
}

internal sealed class LiveParticipantConfiguration : IEntityTypeConfiguration<LiveParticipant>
{
    public void Configure(EntityTypeBuilder<LiveParticipant> b)
    {
        b.HasOne(p => p.Case).WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<LiveMeeting>().WithMany().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.NoAction);
        b.Property(p => p.Name).HasMaxLength(100);
        b.Property(p => p.Role).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.TokenHash).HasMaxLength(64);
        b.HasIndex(p => p.TokenHash).IsUnique();
        b.HasIndex(p => p.MeetingId);
    }
}

internal sealed class LiveProposalConfiguration : IEntityTypeConfiguration<LiveProposal>
{
    public void Configure(EntityTypeBuilder<LiveProposal> b)
    {
        b.HasOne(p => p.Case).WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<LiveMeeting>().WithMany().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.NoAction);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Section).HasConversion<string>().HasMaxLength(24);
        b.Property(p => p.SaidBy).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Text).HasMaxLength(2000);
        b.Property(p => p.FinalText).HasMaxLength(4000);
        b.Property(p => p.SaidByName).HasMaxLength(100);
        b.HasIndex(p => p.MeetingId);
    }
}

internal sealed class LiveScoreConfiguration : IEntityTypeConfiguration<LiveScore>
{
    public void Configure(EntityTypeBuilder<LiveScore> b)
    {
        b.HasOne(s => s.Case).WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<LiveMeeting>().WithMany().HasForeignKey(s => s.MeetingId).OnDelete(DeleteBehavior.NoAction);
        b.Property(s => s.Who).HasMaxLength(40);
        b.Property(s => s.Name).HasMaxLength(100);
        b.HasIndex(s => new { s.MeetingId, s.Who }).IsUnique();
    }
}
