using Zicht.Features.Trajectories;

namespace Zicht.Features.Dashboard;

/// <summary>One line of counts.csv. Means are over trajectories where the value is known; crisis counts are sums.</summary>
public sealed record CountsRow(string Level, string Group, int Trajectories, int Closed, double? MeanNetworkMembers,
    double? MeanNetworkMeetings, int CrisisBefore, int CrisisAfter, bool Suppressed)
{
    /// <summary>The same definition over rows in memory: the reference the SQL is tested against.</summary>
    public static CountsRow Of(string level, string group, IReadOnlyCollection<Trajectory> ts)
    {
        var members = ts.Where(t => t.NetworkMembers is not null).Select(t => (double)t.NetworkMembers!.Value).ToList();
        var meetings = ts.Where(t => t.NetworkMeetings is not null).Select(t => (double)t.NetworkMeetings!.Value).ToList();
        return new(level, group, ts.Count, ts.Count(t => t.ClosedOn is not null),
            members.Count == 0 ? null : members.Average(), meetings.Count == 0 ? null : meetings.Average(),
            ts.Sum(t => t.CrisisBefore ?? 0), ts.Sum(t => t.CrisisAfter ?? 0), false);
    }
}
