using Zicht.Features.Feedback;

namespace Zicht.Tests.Features.Feedback;

/// <summary>The release rule and the protection of one report page, without a database.</summary>
public class FeedbackReleaseTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid();

    [Fact]
    public void Finished_quarters_are_released_together_once_they_hold_the_minimum()
    {
        DateOnly Q(int year, int month) => new(year, month, 1);
        Assert.Null(FeedbackRelease.Cutoff([Q(2025, 1), Q(2025, 1), Q(2025, 4)], Today, 5));
        Assert.Equal(Q(2025, 7), FeedbackRelease.Cutoff([Q(2025, 1), Q(2025, 1), Q(2025, 4), Q(2025, 7), Q(2025, 7), Q(2025, 10)], Today, 5));
        // The running quarter never counts, however full.
        Assert.Null(FeedbackRelease.Cutoff(Enumerable.Repeat(Q(2026, 10), 20), Today, 5));
    }

    [Fact]
    public void A_region_with_one_small_team_hides_the_other_team_too()
    {
        var q = new DateOnly(2025, 1, 1);
        var total = new[] { (A, q), (B, q) };
        var hidden = FeedbackRelease.Hidden([total, [(A, q)], [(B, q)], total], [8, 5, 3, 8], 5);
        Assert.Equal([false, true, true, false], hidden);
    }
}
