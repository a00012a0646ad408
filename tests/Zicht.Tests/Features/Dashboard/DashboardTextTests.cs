using Zicht.Features.Dashboard;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Localisation;
using Zicht.Kernel;

namespace Zicht.Tests.Features.Dashboard;

public class DashboardTextTests
{
    private static readonly string[] OtherIndicators =
        ["started_in_plan_b", "plan_b_in_effect", "plan_b_network", "plan_b_residential", "placement", "placement_in_network", "trajectory", ReReferrals.Indicator];

    private static readonly string[] Statuses = ["all", "open", "closed"];

    [Fact]
    public void Every_indicator_level_and_status_has_a_Dutch_name()
    {
        var dutch = JsonStringLocalizerFactory.Load("nl");
        var missing = TrajectorySteps.SafetyPlans.Select(s => TextKeys.Indicator(s.Code))
            .Concat(OtherIndicators.Select(TextKeys.Indicator))
            .Concat(Enum.GetValues<FigureLevel>().Select(l => TextKeys.Level(FigureLevels.Code(l))))
            .Concat(Statuses.Select(TextKeys.Status))
            .Where(k => !dutch.ContainsKey(k)).ToList();
        Assert.Equal([], missing);
    }

    [Fact]
    public void Every_step_label_comes_from_the_catalogue_in_both_languages()
    {
        var english = new StringLocalizer();
        foreach (var step in StepCatalog.Steps)
        {
            using (new CultureScope("nl-BE"))
            {
                Assert.Equal($"{step.Number:00} {step.ShortDutch}", english.IndicatorLabel(step.Code));
            }
            using (new CultureScope("en"))
            {
                Assert.Equal($"{step.Number:00} {step.ShortEnglish}", english.IndicatorLabel(step.Code));
            }
            Assert.All(new[] { step.Dutch, step.English, step.ShortDutch, step.ShortEnglish }, n => Assert.False(string.IsNullOrWhiteSpace(n)));
        }
    }

    /// <summary>A localizer that knows no texts: step labels must not need any.</summary>
    private sealed class StringLocalizer : Microsoft.Extensions.Localization.IStringLocalizer
    {
        public Microsoft.Extensions.Localization.LocalizedString this[string name] => new(name, name, resourceNotFound: true);
        public Microsoft.Extensions.Localization.LocalizedString this[string name, params object[] arguments] => this[name];
        public IEnumerable<Microsoft.Extensions.Localization.LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly System.Globalization.CultureInfo _before = System.Globalization.CultureInfo.CurrentUICulture;

        public CultureScope(string name) => System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(name);

        public void Dispose() => System.Globalization.CultureInfo.CurrentUICulture = _before;
    }
}
