using Zicht.Features.CaseAudits;

namespace Zicht.Tests.Features.CaseAudits;

public class AuditAggregatesTests
{
    private static readonly string[] Principles = ["P1", "P2"];
    private static readonly Guid TeamA = Guid.NewGuid(), TeamB = Guid.NewGuid();
    private static readonly Guid Ann = Guid.NewGuid(), Bram = Guid.NewGuid(), Sara = Guid.NewGuid();

    private static ScoredAudit Audit(Guid team, Guid worker, int w, int r, int? p2Worker = 5) =>
        new(Guid.NewGuid(), team, worker, new DateOnly(2026, 9, 1), true,
            [new QuestionPair("P1", "P1.scale", w, r), new QuestionPair("P2", "P2.scale", p2Worker, 6)]);

    private static List<ScoredAudit> Team(Guid team, int count, params Guid[] workers) =>
        Enumerable.Range(0, count).Select(i => Audit(team, workers[i % workers.Length], 4 + (i % 3), 5)).ToList();

    [Fact]
    public void Team_aggregate_hidden_below_minimum_group_size()
    {
        var g = AuditAggregates.Build("A", Team(TeamA, 4, Ann, Bram), [], Principles, 0, 10, minimum: 5);

        Assert.False(g.Shown);
        Assert.All(g.Principles, p => Assert.False(p.Shown));
        Assert.False(g.All!.Shown);
        Assert.Equal(0, g.Audits);
    }

    [Fact]
    public void A_team_of_enough_audits_shows_distributions_that_add_up_to_the_pairs()
    {
        var g = AuditAggregates.Build("A", Team(TeamA, 6, Ann, Bram), [], Principles, 0, 10, minimum: 5);

        Assert.True(g.Shown);
        var p1 = g.Principles[0];
        Assert.Equal(6, p1.Agreement!.Pairs);
        Assert.Equal(6, p1.WorkerCounts.Sum());
        Assert.Equal(6, p1.ReviewerCounts[5]);
        Assert.Equal(6, p1.GapCounts.Sum());
        Assert.Equal(11, p1.WorkerCounts.Count);
    }

    [Fact]
    public void Audits_of_one_worker_are_never_shown_however_many()
    {
        var g = AuditAggregates.Build("A", Team(TeamA, 8, Ann), [], Principles, 0, 10, minimum: 5);

        Assert.False(g.Shown);
    }

    [Fact]
    public void A_region_is_hidden_when_one_of_its_teams_is_too_small_so_no_team_figure_can_be_recovered_by_subtraction()
    {
        var region = Team(TeamA, 6, Ann, Bram).Concat(Team(TeamB, 2, Sara)).ToList();

        Assert.False(AuditAggregates.Build("Antwerpen", region, [], Principles, 0, 10, 5).Shown);
        Assert.True(AuditAggregates.Build("Antwerpen", Team(TeamA, 6, Ann, Bram).Concat(Team(TeamB, 5, Sara, Ann)).ToList(), [], Principles, 0, 10, 5).Shown);
    }

    [Fact]
    public void When_one_principle_is_hidden_the_all_row_is_hidden_too()
    {
        // P2 is "don't know" for the worker in 3 of 6 audits: 3 scored pairs, below the minimum.
        var audits = Enumerable.Range(0, 6).Select(i => Audit(TeamA, i % 2 == 0 ? Ann : Bram, 5, 6, i < 3 ? null : 5)).ToList();

        var g = AuditAggregates.Build("A", audits, [], Principles, 0, 10, 5);

        Assert.True(g.Principles[0].Shown);
        Assert.False(g.Principles[1].Shown);
        Assert.False(g.All!.Shown);
    }

    [Fact]
    public void Learning_themes_count_per_half_year_and_hide_small_half_years()
    {
        var autumn = Enumerable.Range(0, 5).Select(i => new ClosedConversation(TeamA, i % 2 == 0 ? Ann : Bram, new DateOnly(2026, 10, 1 + i), ["P1", "P2", "P1"])).ToList();
        var spring = new ClosedConversation(TeamA, Ann, new DateOnly(2026, 3, 1), ["P2"]);

        var g = AuditAggregates.Build("A", [], [.. autumn, spring], Principles, 0, 10, 5);

        Assert.Equal(["2026-H1", "2026-H2"], g.Themes.Select(t => t.HalfYear));
        Assert.False(g.Themes[0].Shown);
        Assert.Equal(0, g.Themes[0].PerPrinciple["P2"]);
        Assert.Equal(10, g.Themes[1].PerPrinciple["P1"]);
        Assert.Equal(5, g.Themes[1].PerPrinciple["P2"]);
    }
}
