using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Learning;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Learning;

public class TrainingTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    private async Task<TrainingCourse> BasicCourseAsync() => await app.Data.WithDbAsync(async db =>
    {
        if (!await db.Set<RoleRequirement>().AnyAsync(r => r.Role == Roles.Caseworker && r.Kind == CourseKind.Basic))
        {
            db.Add(new RoleRequirement { Role = Roles.Caseworker, Kind = CourseKind.Basic, WithinMonths = 6 });
        }
        var course = new TrainingCourse { Name = $"Basistraining {Guid.NewGuid():N}"[..24], Kind = CourseKind.Basic, Days = 4, Provider = "Opgroeien" };
        db.Add(course);
        await db.SaveChangesAsync();
        return course;
    });

    [Fact]
    public async Task A_new_colleague_shows_without_basic_training_until_it_is_followed()
    {
        var world = await app.Data.WorldAsync();
        var lead = await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true);
        var newcomer = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var course = await BasicCourseAsync();
        var client = await app.SignedInAsync(lead.UserName!);
        var start = DateOnly.FromDateTime(DateTime.Today).AddMonths(-2).ToString("yyyy-MM-dd");
        var team = await client.GetPageAsync("/leren/team");
        var form = team.QuerySelector($"form[action*='{newcomer.Id}']")!;
        await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["startedOn"] = start,
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));

        var without = (await client.GetPageAsync("/leren/team")).QuerySelector("#without-basic")!.ParentElement!.TextContent;
        Assert.Contains(newcomer.DisplayName, without);

        // The newcomer signs up; the planner plans and then marks it followed.
        var self = await app.SignedInAsync(newcomer.UserName!);
        var mine = await self.GetPageAsync("/leren/mijn-deelname");
        var wait = mine.QuerySelector($"form[action*='courseId={course.Id}']")!;
        await self.PostAsync(wait.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = wait.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        var planner = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.RegionalStaff)).UserName!);
        var coursePage = await planner.GetPageAsync($"/leren/opleidingen/{course.Id}");
        Assert.Contains(newcomer.DisplayName, coursePage.QuerySelector("main")!.TextContent);
        var set = coursePage.QuerySelector("form[action*='handler=Set']")!;
        var response = await planner.PostAsync(set.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["status"] = "Followed",
            ["on"] = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd"),
            ["version"] = set.QuerySelector("input[name=version]")!.GetAttribute("value")!,
            ["__RequestVerificationToken"] = set.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        without = (await client.GetPageAsync("/leren/team")).QuerySelector("#without-basic")!.ParentElement!.TextContent;
        Assert.DoesNotContain(newcomer.DisplayName, without);
    }

    [Fact]
    public async Task A_lead_cannot_set_the_start_of_someone_outside_their_team()
    {
        var world = await app.Data.WorldAsync();
        var lead = await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true);
        var elsewhere = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamB);
        var client = await app.SignedInAsync(lead.UserName!);
        var token = (await client.GetPageAsync("/leren/team")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync($"/leren/team?handler=Start&staffId={elsewhere.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["startedOn"] = "2026-01-01",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Learning_needs_reach_the_planner_only_as_counts_above_the_minimum_group_size()
    {
        var world = await app.Data.WorldAsync();
        var people = new List<Zicht.Kernel.StaffUser>();
        for (var i = 0; i < 5; i++)
        {
            people.Add(await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA));
        }
        await app.Data.WithDbAsync(async db =>
        {
            db.RemoveRange(db.Set<LearningNeed>());
            foreach (var p in people)
            {
                db.Add(new LearningNeed { StaffId = p.Id, Tool = NeedTool.NetworkWithResistance, Text = "Netwerk dat niet komt opdagen", EnteredOn = DateOnly.FromDateTime(DateTime.Today) });
            }
            db.Add(new LearningNeed { StaffId = people[0].Id, Tool = NeedTool.Trauma, Text = "Alleen ik wil dit", EnteredOn = DateOnly.FromDateTime(DateTime.Today) });
            await db.SaveChangesAsync();
        });
        var worker = await app.SignedInAsync(people[0].UserName!);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync("/leren/leernoden")).StatusCode);

        var planner = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Policy)).UserName!);
        var page = await (await planner.GetAsync("/leren/leernoden")).TextAsync();

        Assert.Contains("Netwerk dat niet komt opdagen", page);
        Assert.DoesNotContain("Alleen ik wil dit", page);
        Assert.DoesNotContain(people[0].DisplayName, page);
    }
}
