namespace Zicht.Infrastructure.Cli;

/// <summary>
/// Runs a feature's command like ZichtCli.WithServicesAsync, but turns a refusal (bad option,
/// missing key) into <c>error: reason</c> on stderr with exit code 1, instead of System.CommandLine's
/// default handler printing a stack trace.
/// </summary>
public static class FeatureCli
{
    /// <summary>
    /// A command group several features add to (<c>export</c>): the first feature to ask creates it.
    /// Features register in name order, so none may assume it is first.
    /// </summary>
    public static System.CommandLine.Command Group(System.CommandLine.RootCommand root, string name, string description)
    {
        var group = root.Subcommands.FirstOrDefault(c => c.Name == name);
        if (group is null)
        {
            group = new System.CommandLine.Command(name, description);
            root.Subcommands.Add(group);
        }
        return group;
    }

    public static async Task<int> RunAsync(string command, Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken ct)
    {
        try
        {
            return await ZichtCli.WithServicesAsync(command, work, ct);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }
}
