namespace Zicht.Features.Home;

/// <summary>One block of "Mijn werk": its heading, what to say when empty, and its lines.</summary>
public sealed record WorkSection(string Id, string Title, string Empty, List<WorkItem> Items, bool ShowWorker, DateOnly Today);
