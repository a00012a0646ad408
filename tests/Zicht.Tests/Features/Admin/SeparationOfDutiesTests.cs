using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Features.Admin;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Tests.Features.Admin;

/// <summary>Nobody changes their own rights; an administrator reading cases needs a second administrator.</summary>
public class SeparationOfDutiesTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    /// <summary>Posts the staff member form with exactly these roles (checkboxes may hold several values).</summary>
    private static async Task<HttpResponseMessage> SaveRolesAsync(HttpClient client, Guid staffId, params string[] roles)
    {
        var page = await client.GetPageAsync($"/beheer/medewerkers/{staffId}");
        var form = (IHtmlFormElement)page.QuerySelector("main form[method=post]")!;
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", ((IHtmlInputElement)form.QuerySelector("[name=__RequestVerificationToken]")!).Value),
            new("ConcurrencyStamp", ((IHtmlInputElement)form.QuerySelector("[name=ConcurrencyStamp]")!).Value),
            new("IsActive", "true"),
        };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("SelectedRoles", r)));
        return await client.PostAsync($"/beheer/medewerkers/{staffId}", new FormUrlEncodedContent(fields));
    }

    private Task<IList<string>> RolesOfAsync(Guid id) => app.Data.WithDbAsync(async db =>
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return await users.GetRolesAsync((await users.FindByIdAsync(id.ToString()))!);
    });

    [Fact]
    public async Task An_administrator_cannot_change_their_own_roles()
    {
        var world = await app.Data.WorldAsync();
        var admin = await app.Data.StaffAsync(world, Roles.Administrator);
        var client = await app.SignedInAsync(admin.UserName!);

        var response = await SaveRolesAsync(client, admin.Id, Roles.Administrator, Roles.PrivacyOfficer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Niemand wijzigt zijn eigen rollen", await response.TextAsync());
        Assert.Equal([Roles.Administrator], await RolesOfAsync(admin.Id));
    }

    [Fact]
    public async Task A_case_role_for_an_administrator_waits_for_a_second_administrator_who_is_neither_asker_nor_concerned()
    {
        var world = await app.Data.WorldAsync();
        var asker = await app.Data.StaffAsync(world, Roles.Administrator);
        var concerned = await app.Data.StaffAsync(world, Roles.Administrator);
        var second = await app.Data.StaffAsync(world, Roles.Administrator);
        var askerClient = await app.SignedInAsync(asker.UserName!);

        var saved = await SaveRolesAsync(askerClient, concerned.Id, Roles.Administrator, Roles.Caseworker);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain(Roles.Caseworker, await RolesOfAsync(concerned.Id));
        var approval = await app.Data.WithDbAsync(db => db.Set<RoleApproval>().SingleAsync(a => a.StaffId == concerned.Id));
        Assert.Null(approval.Approved);

        foreach (var client in new[] { askerClient, await app.SignedInAsync(concerned.UserName!) })
        {
            Assert.Contains("Een andere beheerder beslist.", await (await client.GetAsync("/beheer/goedkeuringen")).TextAsync());
            var forged = await client.PostAsync("/beheer/goedkeuringen", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = await AntiforgeryAsync(client),
                ["approvalId"] = approval.Id.ToString(),
                ["approve"] = "true",
            }));
            Assert.Contains("Een tweede beheerder beslist", await forged.TextAsync());
        }
        Assert.DoesNotContain(Roles.Caseworker, await RolesOfAsync(concerned.Id));

        var secondClient = await app.SignedInAsync(second.UserName!);
        var approved = await secondClient.SubmitAsync("/beheer/goedkeuringen", new Dictionary<string, string> { ["approve"] = "true" }, "main form.inline");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains(Roles.Caseworker, await RolesOfAsync(concerned.Id));
        var privacy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.PrivacyOfficer)).UserName!);
        var log = await (await privacy.GetAsync("/audit/beveiliging")).TextAsync();
        Assert.Contains("RoleApproval", log);
        Assert.Contains("IdentityUserRole", log);
    }

    private static async Task<string> AntiforgeryAsync(HttpClient client)
    {
        var page = await client.GetPageAsync("/beheer/goedkeuringen");
        return ((IHtmlInputElement)page.QuerySelector("[name=__RequestVerificationToken]")!).Value;
    }

    [Theory]
    [InlineData(new[] { "Administrator" }, new[] { "Administrator", "Caseworker" }, new[] { "Caseworker" })]
    [InlineData(new[] { "TeamLead" }, new[] { "TeamLead", "Administrator" }, new[] { "Administrator" })]
    [InlineData(new[] { "Caseworker" }, new[] { "Caseworker", "TeamLead" }, new string[0])]
    [InlineData(new[] { "Administrator" }, new[] { "Administrator", "PrivacyOfficer" }, new string[0])]
    public void Only_the_combination_of_administrator_and_a_case_role_is_held_back(string[] current, string[] selected, string[] heldBack) =>
        Assert.Equal(heldBack, RoleApproval.HeldBack(current, selected));
}
