using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Features.Demo;

public sealed partial class DemoSeeder
{
    public static readonly string[] RegionNames =
        ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant en Brussel", "West-Vlaanderen", "Vlaams niveau"];

    internal sealed record Structure(Organisation Division, Organisation Provider, Service Ocj, Service Sdj, Service ContextModule, List<Team> Teams);

    internal sealed record DemoUser(string UserName, string DisplayName, string Role, int? TeamIndex, bool Lead = false, bool Provider = false);

    /// <summary>Teams 0 and 1 are in Antwerpen (OCJ), 2 in Gent (SDJ), 3 in Limburg (OCJ), 4 in Brugge (SDJ).</summary>
    internal static readonly DemoUser[] DemoStaff =
    [
        new("consulent@demo", "An Peeters", Roles.Caseworker, 0),
        new("consulent2@demo", "Bram Janssens", Roles.Caseworker, 0),
        new("consulent.gent@demo", "Sara De Smet", Roles.Caseworker, 2),
        new("teamlead@demo", "Koen Maes", Roles.TeamLead, 0, Lead: true),
        new("coordinator@demo", "Lies Claes", Roles.GroupCoordinator, 1),
        new("contextbegeleider@demo", "Nora Wouters", Roles.ContextWorker, null, Provider: true),
        new("regiostaf@demo", "Tom Goossens", Roles.RegionalStaff, null),
        new("regioverantwoordelijke@demo", "Els Mertens", Roles.RegionalManager, null),
        new("beleid@demo", "Wim Dubois", Roles.Policy, null),
        new("onderzoeker@demo", "Fien Willems", Roles.Researcher, null),
        new("datasteward@demo", "Jan Jacobs", Roles.DataSteward, null),
        new("privacy@demo", "Ilse Hermans", Roles.PrivacyOfficer, null),
        new("admin@demo", "Piet Aerts", Roles.Administrator, null),
        new("kwaliteit@demo", "Hanne Vermeulen", Roles.QualityCoordinator, null, Provider: true),
        new("inspectie@demo", "Marc Lambrechts", Roles.Inspector, null),
        new("sgog@demo", "Griet Claeys", Roles.SgogOfficer, null, Provider: true),
        new("administratie@demo", "Marc Van Damme", Roles.AdministrationOfficer, null),
        new("nieuw@demo", "Jana Verbeke", Roles.Caseworker, 0),
    ];

    private async Task<Structure> EnsureStructureAsync(CancellationToken ct)
    {
        var division = await db.Organisations.Include(o => o.Services).FirstOrDefaultAsync(o => o.Code == "OSD", ct);
        if (division is not null)
        {
            var provider0 = await db.Organisations.Include(o => o.Services).FirstAsync(o => o.Code == "CIRKANT", ct);
            var teams0 = await db.Teams.OrderBy(t => t.Name).Where(t => t.Name.StartsWith("Team ")).ToListAsync(ct);
            return new Structure(division, provider0, division.Services.First(s => s.Code == "OCJ"),
                division.Services.First(s => s.Code == "SDJ"), provider0.Services.First(), teams0);
        }
        var regions = RegionNames.Select(n => new Region { Name = n }).ToList();
        db.Regions.AddRange(regions);
        division = new Organisation { Name = "Opgroeien – Afdeling Sociale Diensten (OSD)", Code = "OSD", Kind = OrganisationKind.Division };
        var ocj = new Service { Code = "OCJ", Name = "Ondersteuningscentrum Jeugdzorg", Organisation = division };
        var sdj = new Service { Code = "SDJ", Name = "Sociale Dienst Jeugdrechtbank", Organisation = division };
        var provider = new Organisation { Name = "Cirkant", Code = "CIRKANT", Kind = OrganisationKind.Provider };
        var module = new Service { Code = "CB-SOFS", Name = "Contextbegeleiding", Organisation = provider };
        db.Organisations.AddRange(division, provider);
        db.Services.AddRange(ocj, sdj, module);
        // Names sort in this order so team indexes stay stable.
        var teams = new List<Team>
        {
            new() { Name = "Team A Antwerpen-Noord", Service = ocj, Region = regions[0] },
            new() { Name = "Team B Antwerpen-Zuid", Service = ocj, Region = regions[0] },
            new() { Name = "Team C Gent", Service = sdj, Region = regions[2] },
            new() { Name = "Team D Hasselt", Service = ocj, Region = regions[1] },
            new() { Name = "Team E Brugge", Service = sdj, Region = regions[4] },
        };
        db.Teams.AddRange(teams);
        await db.SaveChangesAsync(ct);
        return new Structure(division, provider, ocj, sdj, module, teams);
    }

    private async Task<int> EnsureStaffAsync(Structure s, CancellationToken ct)
    {
        var created = 0;
        foreach (var demo in DemoStaff)
        {
            if (await users.FindByNameAsync(demo.UserName) is not null)
            {
                continue;
            }
            var user = new StaffUser
            {
                UserName = demo.UserName,
                DisplayName = demo.DisplayName,
                StaffCode = demo.UserName.Split('@')[0].ToUpperInvariant(),
                OrganisationId = demo.Provider ? s.Provider.Id : s.Division.Id,
            };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, demo.Role));
            if (demo.TeamIndex is { } index)
            {
                db.TeamMemberships.Add(new TeamMembership { TeamId = s.Teams[index].Id, StaffId = user.Id, IsLead = demo.Lead });
            }
            created++;
        }
        await db.SaveChangesAsync(ct);
        return created;
    }

    private static void Check(Microsoft.AspNetCore.Identity.IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
