namespace Zicht.Features.LiveMapping;

/// <summary>Settings under Zicht:LiveMapping.</summary>
public sealed class LiveMappingOptions
{
    /// <summary>How long a join code works after it was made (the worker can make a new one).</summary>
    public TimeSpan JoinCodeValidFor { get; set; } = TimeSpan.FromHours(3);

    /// <summary>Join attempts per client address per minute.</summary>
    public int JoinAttemptsPerMinute { get; set; } = 10;

    /// <summary>Requests of participants (pages, additions, stream) per client address per minute.</summary>
    public int ParticipantRequestsPerMinute { get; set; } = 240;
}
