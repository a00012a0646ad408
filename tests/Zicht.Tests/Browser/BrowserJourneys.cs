namespace Zicht.Tests.Browser;

/// <summary>
/// The browser journeys run one after another (each starts a real server; all share one Chromium, see
/// <see cref="BrowserSession"/>); they still run alongside the HTTP tests.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserJourneys
{
    public const string Name = "Browser journeys";
}
