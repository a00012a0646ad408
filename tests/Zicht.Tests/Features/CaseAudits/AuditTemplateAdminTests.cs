using System.Net;
using Zicht.Features.CaseAudits;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.CaseAudits;

/// <summary>Questions are data: a revision is uploaded by an administrator; audits keep the version they started with.</summary>
public class AuditTemplateAdminTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task A_revised_template_applies_to_new_audits_while_old_ones_keep_theirs()
    {
        var s = await AuditSetup.CreateAsync(app);
        var admin = await app.Data.StaffAsync(s.World, Roles.Administrator);
        var adminClient = await app.SignedInAsync(admin.UserName!);
        var json = await (await adminClient.GetAsync("/beheer/audit-sjablonen?handler=Download")).TextAsync();
        var current = AuditTemplateJson.Parse(json);
        var revised = current with { Version = current.Version + 1, ScaleMax = 12 };
        var token = (await adminClient.GetPageAsync("/beheer/audit-sjablonen")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var upload = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(AuditTemplateJson.Write(revised)), "file", "case-audit.json" } };
        var response = await adminClient.PostAsync("/beheer/audit-sjablonen", upload);
        var later = await AuditSetup.CreateAsync(app, world: s.World);

        Assert.True(HttpStatusCode.Redirect == response.StatusCode, HttpForms.Parse(await response.TextAsync()).QuerySelector("main")?.TextContent);
        Assert.Contains("(0–10)", await (await s.WorkerClient.GetAsync(s.Url("scoren"))).TextAsync());
        Assert.Contains("(0–12)", await (await later.WorkerClient.GetAsync(later.Url("scoren"))).TextAsync());
        Assert.Equal(HttpStatusCode.OK, (await s.ScoreAsync(s.WorkerClient, "w", "11", "5", "5", "5")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await later.ScoreAsync(later.WorkerClient, "w", "11", "5", "5", "5")).StatusCode);
    }
}
