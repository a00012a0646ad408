using Zicht.Features.ProcessTeams;

namespace Zicht.Tests.Features.ProcessTeams;

public class ProcessTeamCadenceTests
{
    private static readonly DateOnly Referred = new(2026, 1, 10);

    [Fact]
    public void The_first_process_team_is_due_before_the_first_contact() =>
        Assert.Equal(Referred, ProcessTeamCadence.NextDue(Referred, []));

    [Fact]
    public void Then_six_weeks_and_65_days_after_referral()
    {
        Assert.Equal(new DateOnly(2026, 2, 21), ProcessTeamCadence.NextDue(Referred, [Referred]));
        Assert.Equal(new DateOnly(2026, 3, 16), ProcessTeamCadence.NextDue(Referred, [Referred, new(2026, 2, 21)]));
    }

    [Fact]
    public void Then_every_six_months_after_the_last_one_held() =>
        Assert.Equal(new DateOnly(2026, 9, 20), ProcessTeamCadence.NextDue(Referred, [Referred, new(2026, 2, 21), new(2026, 3, 20)]));
}
