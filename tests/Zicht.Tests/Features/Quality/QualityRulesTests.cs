using Zicht.Features.Quality;

namespace Zicht.Tests.Features.Quality;

/// <summary>The scoring rules of spec §2.3 as pure functions, without a database.</summary>
public class QualityRulesTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("3", 3)]
    [InlineData(" 5 ", 5)]
    public void Level_must_be_integer_0_to_5(string typed, int expected)
    {
        Assert.Equal(LevelProblem.None, QualityRules.ReadLevel(typed, out var level));
        Assert.Equal(expected, level);
    }

    [Theory]
    [InlineData("3.5", LevelProblem.NotWhole)]
    [InlineData("3,5", LevelProblem.NotWhole)]
    [InlineData("between 3 and 4", LevelProblem.NotWhole)]
    [InlineData("tussen 3 en 4", LevelProblem.NotWhole)]
    [InlineData("6", LevelProblem.OutOfRange)]
    [InlineData("-1", LevelProblem.OutOfRange)]
    [InlineData("", LevelProblem.Missing)]
    [InlineData(null, LevelProblem.Missing)]
    public void Decimals_ranges_and_levels_outside_0_to_5_are_refused_with_a_reason(string? typed, LevelProblem expected)
    {
        Assert.Equal(expected, QualityRules.ReadLevel(typed, out _));
        Assert.NotEmpty(QualityRules.Reason(expected));
    }

    [Fact]
    public void Organisation_level_is_lowest_department_level()
    {
        var scores = new[]
        {
            new ScoreLine("Woonleefgroep Noord", "OVBJ", "reception", 3),
            new ScoreLine("Contextbegeleiding", "HCA", "reception", 2),
            new ScoreLine("Dagcentrum", "OVBJ", "reception", 2),
            new ScoreLine("Woonleefgroep Noord", "OVBJ", "complaints", 4),
        };

        var levels = QualityRules.OrganisationLevels(scores);

        // Two departments share the lowest level: the first by name sets it (formats/quality.md).
        Assert.Equal(new LevelSetBy(2, "Contextbegeleiding", 3), levels["reception"]);
        Assert.Equal(new LevelSetBy(4, "Woonleefgroep Noord", 1), levels["complaints"]);
        Assert.False(levels.ContainsKey("org_vision"));
    }

    [Fact]
    public void Each_work_form_has_its_own_lowest_level()
    {
        var scores = new[]
        {
            new ScoreLine("Woonleefgroep Noord", "OVBJ", "reception", 3),
            new ScoreLine("Dagcentrum", "OVBJ", "reception", 1),
            new ScoreLine("Contextbegeleiding", "HCA", "reception", 4),
        };

        var perWorkForm = QualityRules.WorkFormLevels(scores);

        Assert.Equal(["HCA", "OVBJ"], perWorkForm.Keys);
        Assert.Equal(4, perWorkForm["HCA"]["reception"].Level);
        Assert.Equal(new LevelSetBy(1, "Dagcentrum", 2), perWorkForm["OVBJ"]["reception"]);
    }

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(true, "  ", true)]
    [InlineData(true, "Geen wijzigingen in de onthaalprocedure sinds vorig jaar.", false)]
    [InlineData(false, null, false)]
    public void Carry_over_without_motivation_is_rejected(bool carriedOver, string? motivation, bool refused) =>
        Assert.Equal(refused, QualityRules.CarryOverLacksMotivation(carriedOver, motivation));

    [Fact]
    public void All_16_domains_for_every_department_before_submitting()
    {
        var all = QualityDomainCatalog.Domains.Select(d => ("Noord", d.Code)).ToList();
        var partly = QualityDomainCatalog.Domains.Take(10).Select(d => ("Zuid", d.Code));

        var incomplete = QualityRules.Incomplete(["Noord", "Zuid"], all.Concat(partly));

        Assert.Equal("Zuid", Assert.Single(incomplete).Department);
        Assert.Equal(6, incomplete[0].Missing.Count);
        Assert.False(QualityRules.CanSubmit(["Noord", "Zuid"], all.Concat(partly)));
        Assert.True(QualityRules.CanSubmit(["Noord"], all));
        Assert.False(QualityRules.CanSubmit([], []));
    }

    [Fact]
    public void The_catalogue_holds_16_domains_with_unique_codes_in_table_order()
    {
        Assert.Equal(16, QualityDomainCatalog.Domains.Count);
        Assert.Equal(Enumerable.Range(1, 16), QualityDomainCatalog.Domains.Select(d => d.Order));
        Assert.Equal(16, QualityDomainCatalog.Domains.Select(d => d.Code).Distinct().Count());
        Assert.Null(QualityDomainCatalog.Find("quality_of_life"));
        Assert.Equal("reception", QualityDomainCatalog.Find(" Reception ")!.Code);
    }

    [Fact]
    public void Sector_means_2015_match_seed()
    {
        var means = QualityDomainCatalog.Domains.ToDictionary(d => d.Code, d => d.Mean2015);

        // "'waardering strategische partners' en 'effect van hulpverlening' zijn de enige die gemiddeld gezien niet niveau 2 halen" (004:628–633).
        Assert.Equal(["effect_of_help", "strategic_partners"], means.Where(m => m.Value < 2).Select(m => m.Key).Order());
        Assert.Equal(1.5m, means["effect_of_help"]);
        Assert.Equal(1.6m, means["strategic_partners"]);
        // "Alle kernprocessen halen gemiddeld gezien de hoogste scores": 2,3–2,6.
        var core = QualityDomainCatalog.Domains.Where(d => d.Group == DomainGroup.CoreProcesses).Select(d => d.Mean2015).ToList();
        Assert.Equal(2.3m, core.Min());
        Assert.Equal(2.6m, means.Values.Max());
        Assert.Equal(34.7m, means.Values.Sum());
    }
}
