namespace Zicht.Tests.Features.Operations;

/// <summary>An app node with its own content disk (upload folder) and extra settings, optionally sharing another node's database.</summary>
public sealed class NodeApp : ZichtApp
{
    public string Disk { get; } = Directory.CreateTempSubdirectory("zicht-node-").FullName;
    public Dictionary<string, string?> Settings { get; init; } = [];

    protected override IDictionary<string, string?> ExtraSettings =>
        new Dictionary<string, string?>(Settings) { ["Zicht:Uploads:Root"] = Path.Combine(Disk, "uploads") };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(Disk, recursive: true);
        GC.SuppressFinalize(this);
    }
}
