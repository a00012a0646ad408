using System.Net;
using Zicht.Features.Trajectories;
using Zicht.Kernel;

namespace Zicht.Tests.Features.Casework;

/// <summary>The case's Trajectory row (what dashboards read) follows every casework change.</summary>
public class TrajectoryFollowsRecordsTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task Network_member_informed_and_meetings_fill_steps_and_counts_and_removal_updates_them()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        var member = await app.Data.WithDbAsync(async db =>
        {
            var p = db.CasePeople.Add(new CasePerson { CaseId = s.Case.Id, Role = PersonRole.NetworkMember, FullName = "Oma Jeanne" }).Entity;
            await db.SaveChangesAsync();
            return p;
        });

        var informed = await s.Client.SubmitAsync(s.Url("netwerk"), new Dictionary<string, string>
        {
            ["Member.InformedOn"] = "2026-02-20",
            ["Member.IsCrisisContact"] = "true",
        }, $"form[aria-label='{member.FullName}']");
        Assert.Equal(HttpStatusCode.Redirect, informed.StatusCode);
        foreach (var day in new[] { "2026-04-01", "2026-03-15" })
        {
            var meeting = await s.Client.SubmitAsync(s.Url("netwerk"), new Dictionary<string, string>
            {
                ["Meeting.HeldOn"] = day,
                ["Meeting.Attendees"] = "mama, oma",
                ["Meeting.Agreements"] = "oma haalt op",
            }, "form[action*='handler=Meeting']");
            Assert.Equal(HttpStatusCode.Redirect, meeting.StatusCode);
        }

        var t = (await s.TrajectoryAsync(app))!;
        // Informed before the case started: a step may precede the start date.
        Assert.Equal(new DateOnly(2026, 2, 20), t.StepOn(PracticeStep.InformedNetworkStarted));
        Assert.Equal(new DateOnly(2026, 3, 15), t.StepOn(PracticeStep.NetworkMeeting));
        Assert.Equal(1, t.NetworkMembers);
        Assert.Equal(2, t.NetworkMeetings);
        Assert.Equal(s.Case.Reference, t.CaseRef);
        Assert.Equal(s.World.TeamA.Id, t.TeamId);

        // Removing the earliest meeting moves the step to the next one.
        var page = await s.Client.GetPageAsync(s.Url("netwerk"));
        var removeForms = page.QuerySelectorAll("form[action*='DeleteMeeting']");
        var removeFirst = removeForms[removeForms.Length - 1];
        var fields = removeFirst.QuerySelectorAll("input").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
        var removed = await s.Client.PostAsync(s.Url("netwerk?handler=DeleteMeeting"), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        t = (await s.TrajectoryAsync(app))!;
        Assert.Equal(new DateOnly(2026, 4, 1), t.StepOn(PracticeStep.NetworkMeeting));
        Assert.Equal(1, t.NetworkMeetings);
    }

    [Fact]
    public async Task Worker_records_timeline_shared_but_cannot_tick_a_step_records_prove()
    {
        var s = await CaseworkSetup.CreateAsync(app);

        var recorded = await s.Client.SubmitAsync(s.Url("stappen"), new Dictionary<string, string> { ["On"] = "2026-03-09" }, "form:has(input[name='Step'][value='TimelineShared'])");
        var refused = await s.Client.SubmitAsync(s.Url("stappen"), new Dictionary<string, string> { ["Step"] = "NetworkMeeting", ["On"] = "2026-03-09" }, "form:has(input[name='Step'][value='TimelineShared'])");

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("volgt uit de registraties", await refused.TextAsync());
        var t = (await s.TrajectoryAsync(app))!;
        Assert.Equal(new DateOnly(2026, 3, 9), t.StepOn(PracticeStep.TimelineShared));
        Assert.Null(t.StepOn(PracticeStep.NetworkMeeting));
        var timeline = await s.Client.GetPageAsync(s.Url("stappen"));
        Assert.Single(timeline.QuerySelectorAll(".step-timeline li.done"));
    }

    [Fact]
    public async Task Placements_and_crises_reach_the_core_data_columns()
    {
        var s = await CaseworkSetup.CreateAsync(app);

        await s.Client.SubmitAsync(s.Url("kerngegevens"), new Dictionary<string, string> { ["NewPlacement.Type"] = "FamilyNetwork", ["NewPlacement.StartOn"] = "2026-04-01" }, "form[action$='handler=Placement']");
        await s.Client.SubmitAsync(s.Url("kerngegevens"), new Dictionary<string, string> { ["Crisis.On"] = "2025-12-01" }, "form[action$='handler=Crisis']");
        var beforeBirth = await s.Client.SubmitAsync(s.Url("kerngegevens"), new Dictionary<string, string>
        {
            ["NewPlacement.Type"] = "Residential",
            ["NewPlacement.StartOn"] = "2014-01-01",
            ["NewPlacement.ChildId"] = (await app.Data.WithDbAsync(db => Task.FromResult(db.CasePeople.Single(p => p.CaseId == s.Case.Id && p.Role == PersonRole.Minor).Id))).ToString(),
        }, "form[action$='handler=Placement']");

        Assert.Contains("voor de geboortedatum", await beforeBirth.TextAsync());
        var t = (await s.TrajectoryAsync(app))!;
        Assert.Equal(Placement.FamilyNetwork, t!.Placement);
        Assert.Equal(1, t.CrisisBefore);
    }
}
