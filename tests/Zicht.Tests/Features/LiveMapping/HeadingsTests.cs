using Microsoft.Extensions.Configuration;
using Zicht.Features.Mapping;
using Zicht.Tests.Features.Casework;

namespace Zicht.Tests.Features.LiveMapping;

public class HeadingsTests
{
    [Fact]
    public void Without_configuration_the_three_columns_are_the_default()
    {
        var columns = new MappingHeadings().Effective();
        Assert.Equal(["Waar maken we ons zorgen over?", "Wat loopt er goed?", "Wat moet er gebeuren?"], columns.Select(c => c.Name.Nl));
        Assert.Equal(Enum.GetValues<MappingSection>().Length, columns.Sum(c => c.Sections.Count));
    }

    [Fact]
    public void A_four_column_variant_is_configuration_only()
    {
        var headings = FourColumns.Bind();
        var columns = headings.Effective();
        Assert.Equal(4, columns.Count);
        Assert.Equal("Wat willen we bereiken?", columns[2].Name.Nl);
        Assert.Equal("What do we want to achieve?", columns[2].Name.En);
        Assert.Equal("Zorgen voor morgen", headings.NameOf(MappingSection.DangerStatement));
        // Every section still has a place, so nothing said is hidden.
        Assert.Equal(Enum.GetValues<MappingSection>().Length, columns.Sum(c => c.Sections.Count));
    }
}

/// <summary>A four-column model (worries, strengths, goals, next steps), set in configuration only.</summary>
public static class FourColumns
{
    public static readonly Dictionary<string, string?> Settings = new()
    {
        ["Zicht:Mapping:Columns:0:Key"] = "worries",
        ["Zicht:Mapping:Columns:0:Name:Nl"] = "Wat zijn de zorgen?",
        ["Zicht:Mapping:Columns:0:Name:En"] = "What are the worries?",
        ["Zicht:Mapping:Columns:0:Sections:0"] = "PastHarm",
        ["Zicht:Mapping:Columns:0:Sections:1"] = "DangerStatement",
        ["Zicht:Mapping:Columns:0:Sections:2"] = "ComplicatingFactor",
        ["Zicht:Mapping:Columns:1:Key"] = "strengths",
        ["Zicht:Mapping:Columns:1:Name:Nl"] = "Wat gaat goed?",
        ["Zicht:Mapping:Columns:1:Name:En"] = "What works well?",
        ["Zicht:Mapping:Columns:1:Sections:0"] = "ExistingStrength",
        ["Zicht:Mapping:Columns:1:Sections:1"] = "ExistingSafety",
        ["Zicht:Mapping:Columns:2:Key"] = "goals",
        ["Zicht:Mapping:Columns:2:Name:Nl"] = "Wat willen we bereiken?",
        ["Zicht:Mapping:Columns:2:Name:En"] = "What do we want to achieve?",
        ["Zicht:Mapping:Columns:2:Sections:0"] = "SafetyGoal",
        ["Zicht:Mapping:Columns:2:Sections:1"] = "BottomLine",
        ["Zicht:Mapping:Columns:3:Key"] = "next",
        ["Zicht:Mapping:Columns:3:Name:Nl"] = "Volgende stappen",
        ["Zicht:Mapping:Columns:3:Name:En"] = "Next steps",
        ["Zicht:Mapping:Columns:3:Sections:0"] = "NextStep",
        ["Zicht:Mapping:SectionNames:DangerStatement:Nl"] = "Zorgen voor morgen",
        ["Zicht:Mapping:SectionNames:DangerStatement:En"] = "Worries for tomorrow",
    };

    public static MappingHeadings Bind() =>
        new ConfigurationBuilder().AddInMemoryCollection(Settings).Build().GetSection("Zicht:Mapping").Get<MappingHeadings>()!;
}

/// <summary>The app configured with four columns: the live board shows them, no code changed.</summary>
public sealed class FourColumnApp : ZichtApp
{
    protected override IDictionary<string, string?> ExtraSettings => FourColumns.Settings;
}

public class FourColumnBoardTests(FourColumnApp app) : IClassFixture<FourColumnApp>
{
    [Fact]
    public async Task The_live_board_shows_the_configured_four_columns()
    {
        var setup = await CaseworkSetup.CreateAsync(app);
        var page = await setup.Client.GetPageAsync(setup.Board(await setup.OpenMeetingAsync()));
        Assert.Equal(["Wat zijn de zorgen?", "Wat gaat goed?", "Wat willen we bereiken?", "Volgende stappen"],
            page.QuerySelectorAll(".live-columns > section > h2").Select(h => h.TextContent.Trim()));
        Assert.Contains("Zorgen voor morgen", page.QuerySelector(".live-columns")!.TextContent);
    }

    [Fact]
    public async Task The_mapping_page_shows_the_configured_four_columns()
    {
        var setup = await CaseworkSetup.CreateAsync(app);
        var page = await setup.Client.GetPageAsync(setup.Url("mapping"));
        Assert.Equal(["Wat zijn de zorgen?", "Wat gaat goed?", "Wat willen we bereiken?", "Volgende stappen"],
            page.QuerySelectorAll(".mapping-columns > section > h2").Select(h => h.TextContent.Trim()));
    }
}
