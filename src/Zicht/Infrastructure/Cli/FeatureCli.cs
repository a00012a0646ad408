namespace Zicht.Infrastructure.Cli;

/// <summary>
/// Runs a feature's command like ZichtCli.WithServicesAsync, but turns a refusal (bad option,
/// missing key) into <c>error: reason</c> on stderr with exit code 1, instead of System.CommandLine's
/// default handler printing a stack trace.
/// </summary>
public static class FeatureCli
{
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
