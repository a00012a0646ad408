namespace Zicht.Tests.Browser;

/// <summary>
/// The browser journeys run one after another (each starts Chromium and a real server); they still run
/// alongside the HTTP tests. Several Chromiums at once on two cores made steps time out.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserJourneys
{
    public const string Name = "Browser journeys";
}
