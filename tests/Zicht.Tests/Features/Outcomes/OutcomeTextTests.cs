using Zicht.Features.Outcomes;
using Zicht.Infrastructure.Localisation;

namespace Zicht.Tests.Features.Outcomes;

/// <summary>Keys built from codes have a Dutch text (the general text test only sees literal keys).</summary>
public class OutcomeTextTests
{
    [Fact]
    public void Every_level_term_figure_and_outcome_has_a_Dutch_text()
    {
        var dutch = JsonStringLocalizerFactory.Load("nl");
        var keys = OutcomeTable.Levels.Select(OutcomeTexts.Level)
            .Concat(OutcomeTable.Terms.Select(OutcomeTexts.Term))
            .Concat(OutcomeTexts.Families.Select(OutcomeTexts.Figure))
            .Concat(FidelityFigures.Outcomes.Select(OutcomeTexts.Outcome))
            .Concat(Enum.GetValues<ReviewVerdict>().Select(OutcomeTexts.Verdict))
            .Concat(FidelityFigures.Outcomes.Select(Zicht.Features.Dashboard.TextKeys.Indicator));

        var missing = keys.Where(k => !dutch.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, string.Join(", ", missing));
    }

    [Fact]
    public void Every_default_binding_is_a_figure_the_catalogue_knows_by_family()
    {
        Assert.All(OutcomeTable.Defaults.Where(d => d.Figure is not null),
            d => Assert.Contains(d.Figure!.Split(':')[0], OutcomeTexts.Families));
    }
}
