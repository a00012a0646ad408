using Zicht.Infrastructure.Cli;

namespace Zicht.Features.Dashboard;

/// <summary>
/// Runs a command of this feature like ZichtCli.WithServicesAsync, but turns a refusal (bad option,
/// missing key) into <c>error: reason</c> on stderr with exit code 1, instead of System.CommandLine's
/// default handler printing a stack trace.
/// </summary>
internal static class FeatureCli
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
