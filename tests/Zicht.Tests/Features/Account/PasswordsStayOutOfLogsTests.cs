using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Account;

/// <summary>A password, typed in the right field or the wrong one, never reaches a log or the audit trail.</summary>
public class PasswordsStayOutOfLogsTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task Passwords_typed_anywhere_on_the_sign_in_page_are_in_no_log()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var client = app.NewClient();
        const string secret = "Mijn-Geheim-Wachtwoord-2026";

        await client.SubmitAsync("/aanmelden", new Dictionary<string, string> { ["Input.UserName"] = worker.UserName!, ["Input.Password"] = secret });
        await client.SubmitAsync("/aanmelden", new Dictionary<string, string> { ["Input.UserName"] = secret, ["Input.Password"] = secret });
        await client.SubmitAsync("/aanmelden", new Dictionary<string, string> { ["Input.UserName"] = worker.UserName!, ["Input.Password"] = TestData.Password });

        Assert.DoesNotContain(SuiteLog.Lines, l => l.Contains(secret, StringComparison.Ordinal) || l.Contains(TestData.Password, StringComparison.Ordinal));
        var trail = await app.Data.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.AuditTrail.Select(a => (a.Reason ?? "") + (a.Changes ?? "") + a.ActorName)));
        Assert.DoesNotContain(trail, l => l.Contains(secret, StringComparison.Ordinal) || l.Contains(TestData.Password, StringComparison.Ordinal));
    }
}
