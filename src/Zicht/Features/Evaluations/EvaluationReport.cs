using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.Evaluations;

/// <summary>
/// The six-monthly evaluation report of a case (wish 9; seed 001:6552–6557): the worker's answers to the guiding
/// questions of <see cref="EvaluationQuestions"/> for one half-year. What the records show is not stored here but read
/// for the period each time (<see cref="EvaluationFacts"/>), so nothing is typed twice. A draft is edited (the version
/// catches a colleague's concurrent change); once finalised it is read-only, and the audit trail keeps every change.
/// </summary>
public class EvaluationReport : ICaseOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }

    /// <summary>The answers, by question key (<see cref="EvaluationQuestions.Question.Key"/>).</summary>
    public string AnswersJson { get; set; } = "{}";
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public string CreatedByName { get; set; } = "";
    public DateOnly? FinalisedOn { get; set; }
    public string? FinalisedByName { get; set; }
    public int Version { get; set; }

    public bool Final => FinalisedOn is not null;

    public Dictionary<string, string> Answers() => JsonSerializer.Deserialize<Dictionary<string, string>>(AnswersJson) ?? [];

    public void SetAnswers(IReadOnlyDictionary<string, string?> answers) =>
        AnswersJson = JsonSerializer.Serialize(EvaluationQuestions.All
            .Where(q => !string.IsNullOrWhiteSpace(answers.GetValueOrDefault(q.Key)))
            .ToDictionary(q => q.Key, q => answers[q.Key]!.Trim()));
}

internal sealed class EvaluationReportConfiguration : IEntityTypeConfiguration<EvaluationReport>
{
    public void Configure(EntityTypeBuilder<EvaluationReport> b)
    {
        b.HasOne(r => r.Case).WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.CaseId, r.PeriodFrom }).IsUnique();
        b.Property(r => r.AnswersJson).HasMaxLength(40_000);
        b.Property(r => r.CreatedByName).HasMaxLength(200);
        b.Property(r => r.FinalisedByName).HasMaxLength(200);
        b.Ignore(r => r.Final);
    }
}
