using Zicht.Features.CaseAudits;

namespace Zicht.Tests.Features.CaseAudits;

public class AuditRulesTests
{
    private static readonly AuditTemplate Template = AuditTemplateJson.Parse(AuditTemplateJson.LoadDefault());

    [Theory]
    [InlineData("0", true, 0)]
    [InlineData("10", true, 10)]
    [InlineData(" 7 ", true, 7)]
    [InlineData("", true, null)]
    [InlineData("11", false, null)]
    [InlineData("-1", false, null)]
    [InlineData("6.5", false, null)]
    [InlineData("zes", false, null)]
    public void A_score_is_a_whole_number_on_the_templates_scale_or_empty_for_dont_know(string typed, bool ok, int? expected)
    {
        Assert.Equal(ok, AuditRules.TryReadScore(typed, Template, out var score));
        Assert.Equal(expected, score);
    }

    [Fact]
    public void The_stage_follows_the_scorings_and_the_dates()
    {
        Assert.Equal(AuditStatus.Scoring, AuditRules.StatusOf(AuditKind.CaseAudit, [AuditRole.Worker], null, null));
        Assert.Equal(AuditStatus.ReadyToCompare, AuditRules.StatusOf(AuditKind.CaseAudit, [AuditRole.Reviewer, AuditRole.Worker], null, null));
        Assert.Equal(AuditStatus.Conversation, AuditRules.StatusOf(AuditKind.CaseAudit, [AuditRole.Reviewer, AuditRole.Worker], DateTime.UtcNow, null));
        Assert.Equal(AuditStatus.Closed, AuditRules.StatusOf(AuditKind.CaseAudit, [AuditRole.Reviewer, AuditRole.Worker], DateTime.UtcNow, new DateOnly(2026, 11, 1)));
        Assert.Equal(AuditStatus.Conversation, AuditRules.StatusOf(AuditKind.AppreciativeInterview, [], null, null));
        Assert.Equal(AuditStatus.Stopped, AuditRules.StatusOf(AuditKind.CaseAudit, [AuditRole.Worker], null, null, new DateOnly(2026, 11, 2)));
        Assert.True(AuditRules.MayStop(AuditKind.CaseAudit, AuditStatus.Scoring));
        Assert.False(AuditRules.MayStop(AuditKind.CaseAudit, AuditStatus.ReadyToCompare));
    }

    [Fact]
    public void Closing_needs_what_went_well_and_for_a_scored_audit_what_could_be_better()
    {
        Assert.Equal(["WentWell", "CouldBeBetter"], AuditRules.MissingToClose(AuditKind.CaseAudit, " ", null));
        Assert.Empty(AuditRules.MissingToClose(AuditKind.CaseAudit, "Netwerk", "Sneller"));
        Assert.Empty(AuditRules.MissingToClose(AuditKind.AppreciativeInterview, "Wat hielp", null));
    }

    [Fact]
    public void Only_the_two_participants_have_a_part_and_only_the_worker_reflects_after_closing()
    {
        Guid worker = Guid.NewGuid(), reviewer = Guid.NewGuid();
        Assert.Equal(AuditRole.Worker, AuditRules.RoleOf(worker, reviewer, worker));
        Assert.Equal(AuditRole.Reviewer, AuditRules.RoleOf(worker, reviewer, reviewer));
        Assert.Null(AuditRules.RoleOf(worker, reviewer, Guid.NewGuid()));
        Assert.True(AuditRules.MayAddReflection(AuditStatus.Closed, AuditRole.Worker));
        Assert.False(AuditRules.MayAddReflection(AuditStatus.Closed, AuditRole.Reviewer));
        Assert.False(AuditRules.MayWriteConversation(AuditStatus.Closed));
    }

    [Fact]
    public void The_shipped_template_has_the_four_principles_in_both_languages_on_a_0_to_10_scale()
    {
        Assert.Equal(["P1", "P2", "P3", "P4"], Template.Principles.Select(p => p.Code));
        Assert.Equal((0, 10), (Template.ScaleMin, Template.ScaleMax));
        Assert.All(Template.Principles, p =>
        {
            Assert.NotEmpty(p.ScaleQuestions);
            Assert.NotEmpty(p.ReflectionPrompts);
            Assert.All(p.ScaleQuestions.Select(q => q.Text).Concat(p.ReflectionPrompts.Select(r => r.Text)), t => Assert.False(string.IsNullOrWhiteSpace(t.Nl) || string.IsNullOrWhiteSpace(t.En)));
        });
        Assert.Equal("Hoe schaal jij jezelf als het gaat over netwerk betrekken?", Template.Principles[3].ScaleQuestions[0].Text.Nl);
    }

    [Fact]
    public void A_template_with_an_anchor_outside_its_scale_is_refused_with_the_reason()
    {
        var bad = AuditTemplateJson.LoadDefault().Replace("\"scaleMax\": 10", "\"scaleMax\": 5", StringComparison.Ordinal);

        var e = Assert.Throws<InvalidOperationException>(() => AuditTemplateJson.Parse(bad));
        Assert.Contains("anchor outside the scale", e.Message);
    }
}
