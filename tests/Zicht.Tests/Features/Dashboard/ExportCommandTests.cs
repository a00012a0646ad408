using Zicht.Tests.Features.Audit;

namespace Zicht.Tests.Features.Dashboard;

/// <summary>`zicht export … ` without --out writes the CSV to standard output: scripts read it, so nothing else may be there.</summary>
public class ExportCommandTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Theory]
    [InlineData("breadth", "level,group,indicator,denominator,numerator,percent,suppressed")]
    [InlineData("durations", "level,group,indicator,n,mean_months,median_months,min_months,max_months,over_threshold_percent,suppressed")]
    public async Task Standard_output_holds_only_the_csv(string figure, string header)
    {
        await app.Data.WorldAsync();

        var result = await ZichtCommand.RunAsync(app, "export", figure, "--by", "region");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(header, lines[0].TrimEnd('\r'));
        Assert.True(lines.Length > 1, result.Output);
        Assert.All(lines, line => Assert.Equal(header.Count(c => c == ','), line.Count(c => c == ',')));
    }
}
