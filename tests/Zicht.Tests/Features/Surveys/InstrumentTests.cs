using Xunit;
using Zicht.Features.Surveys;

namespace Zicht.Tests.Features.Surveys;

public class InstrumentTests
{
    private static Instrument Shipped(string key) => InstrumentJson.Parse(InstrumentJson.LoadDefault(key));

    [Fact]
    public void Parent_survey_has_14_five_point_agreement_items()
    {
        var parent = Shipped("parent");
        var choices = parent.AllItems.Where(i => i.Kind == ItemKind.Choice).ToList();
        Assert.Equal(14, choices.Count);
        Assert.All(choices, i => Assert.Equal(5, parent.ScaleOf(i).Points.Count));
        Assert.Equal("Helemaal niet akkoord", parent.ScaleOf(choices[0]).Points[0].Label.Nl);
        Assert.Equal("De consulent heeft mij benaderd op een menselijke manier", choices[^1].Text.Nl);
    }

    [Fact]
    public void Child_survey_has_9_items_answered_with_smileys_ja_soms_nee()
    {
        var child = Shipped("child");
        var items = child.AllItems.ToList();
        Assert.Equal(9, items.Count);
        var scale = child.ScaleOf(items[0]);
        Assert.Equal(["Ja", "Soms", "Nee"], scale.Points.Select(p => p.Label.Nl));
        Assert.All(scale.Points, p => Assert.NotNull(p.Smiley));
        Assert.Equal("De consulent luistert naar mij", items[^1].Text.Nl);
    }

    [Fact]
    public void Network_and_follow_up_versions_are_shipped()
    {
        Assert.Equal(Audience.NetworkMember, Shipped("network").Audience);
        Assert.Contains(Shipped("followup").AllItems, i => i.Text.Nl == "Komt het netwerk nog samen?");
    }

    [Fact]
    public void Staff_survey_has_the_four_elements_tools_attitude_and_barometer()
    {
        var staff = Shipped("staff");
        var titles = staff.Sections.Select(s => s.Title.Nl).ToList();
        Assert.Contains("1. Leren", titles);
        Assert.Contains("2. Leiderschap", titles);
        Assert.Contains("3. Organisatorische afstemming", titles);
        Assert.Contains("4. Zinvol meten en monitoren", titles);
        var barometer = staff.FindItem("barometer")!;
        Assert.Equal(Enumerable.Range(1, 10), staff.ScaleOf(barometer).Points.Select(p => p.Value));
        Assert.Contains("net begonnen", staff.ScaleOf(barometer).Points[0].Label.Nl);
        Assert.Equal(ItemKind.Open, staff.FindItem("barometer_not_lower")!.Kind);
        Assert.Equal(ItemKind.Open, staff.FindItem("barometer_not_higher")!.Kind);
        Assert.Equal(6, staff.ScaleOf(staff.FindItem("tool1_use")!).Points.Count);
        Assert.Equal(10, staff.ScaleOf(staff.FindItem("attitude")!).Points.Count);
    }

    [Fact]
    public void Staff_team_sections_are_routed_to_caseworkers_and_regional_staff_only()
    {
        var staff = Shipped("staff");
        var caseworker = staff.SectionsFor("1").Select(s => s.Key).ToList();
        var policy = staff.SectionsFor("6").Select(s => s.Key).ToList();
        Assert.Contains("learning_team", caseworker);
        Assert.DoesNotContain("learning_team", policy);
        Assert.Contains("learning", policy);
    }

    [Fact]
    public void Every_shipped_instrument_round_trips_through_json_unchanged()
    {
        foreach (var instrument in InstrumentJson.Defaults())
        {
            var again = InstrumentJson.Parse(InstrumentJson.Write(instrument));
            Assert.Equal(InstrumentJson.Write(instrument), InstrumentJson.Write(again));
        }
    }

    [Fact]
    public void An_item_with_an_unknown_scale_is_refused_with_the_reason()
    {
        var json = """{"key":"x","version":1,"audience":"Parent","title":{"nl":"a","en":"a"},"intro":{"nl":"a","en":"a"},"scales":[],"sections":[{"key":"s","title":{"nl":"a","en":"a"},"items":[{"key":"i","text":{"nl":"a","en":"a"},"kind":"Choice","scale":"nope"}]}]}""";
        var e = Assert.Throws<InvalidOperationException>(() => InstrumentJson.Parse(json));
        Assert.Contains("item i has no known scale", e.Message);
    }
}
