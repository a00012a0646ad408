using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;
using Org = Zicht.Kernel;

namespace Zicht.Tests.Infrastructure;

/// <summary>Builds the data a test needs, directly in the database, as the system (unrestricted).</summary>
public sealed class TestData(IServiceProvider services)
{
    public const string Password = "Test-password-123";

    public sealed record World(Org.Organisation Division, Org.Organisation Provider, Team TeamA, Team TeamB, Service Ocj);

    public async Task<T> WithDbAsync<T>(Func<ZichtDb, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<RequestContext>();
        context.Scope = CaseScope.Everything;
        context.ActorName = "test-setup";
        return await work(scope.ServiceProvider.GetRequiredService<ZichtDb>());
    }

    public Task WithDbAsync(Func<ZichtDb, Task> work) => WithDbAsync(async db => { await work(db); return 0; });

    /// <summary>A division with two teams and a provider, all with unique names.</summary>
    public Task<World> WorldAsync() => WithDbAsync(async db =>
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var region = await db.Regions.FirstOrDefaultAsync(r => r.Name == "Antwerpen") ?? db.Regions.Add(new Region { Name = "Antwerpen" }).Entity;
        var division = new Org.Organisation { Name = $"OSD {tag}", Code = $"OSD-{tag}", Kind = OrganisationKind.Division };
        var provider = new Org.Organisation { Name = $"Voorziening {tag}", Code = $"PRV-{tag}", Kind = OrganisationKind.Provider };
        var ocj = new Service { Code = "OCJ", Name = "OCJ", Organisation = division };
        var teamA = new Team { Name = $"Team A {tag}", Service = ocj, Region = region };
        var teamB = new Team { Name = $"Team B {tag}", Service = ocj, Region = region };
        db.AddRange(division, provider, ocj, teamA, teamB);
        await db.SaveChangesAsync();
        return new World(division, provider, teamA, teamB, ocj);
    });

    /// <summary>Creates a staff member; returns the user name to sign in with (password <see cref="Password"/>).</summary>
    public Task<StaffUser> StaffAsync(World world, string role, Team? team = null, bool lead = false, bool provider = false) =>
        WithDbAsync(async db =>
        {
            await using var scope = services.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<RequestContext>();
            context.Scope = CaseScope.Everything;
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = new StaffUser
            {
                UserName = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..30],
                DisplayName = $"{role} {Guid.NewGuid().ToString("N")[..4]}",
                OrganisationId = provider ? world.Provider.Id : world.Division.Id,
                StaffCode = $"W{Guid.NewGuid().ToString("N")[..6]}",
            };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
            if (team is not null)
            {
                var sdb = scope.ServiceProvider.GetRequiredService<ZichtDb>();
                sdb.TeamMemberships.Add(new TeamMembership { TeamId = team.Id, StaffId = user.Id, IsLead = lead });
                await sdb.SaveChangesAsync();
            }
            return user;
        });

    public Task<Case> CaseAsync(World world, Team team, StaffUser responsible, bool partnered = false) => WithDbAsync(async db =>
    {
        var c = new Case
        {
            Reference = $"T-{Guid.NewGuid():N}"[..20],
            OrganisationId = world.Division.Id,
            ServiceId = team.ServiceId,
            TeamId = team.Id,
            ResponsibleWorkerId = responsible.Id,
            ReferralDate = new DateOnly(2026, 3, 1),
            MainTheme = "Verwaarlozing",
        };
        c.People.Add(new CasePerson { Role = PersonRole.Minor, FullName = "Lotte Testkind", BirthDate = new DateOnly(2016, 5, 4) });
        if (partnered)
        {
            c.Partnerships.Add(new CasePartnership { OrganisationId = world.Provider.Id, Since = new DateOnly(2026, 3, 10) });
        }
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        return c;
    });

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
