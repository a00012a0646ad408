using Microsoft.EntityFrameworkCore;
using Zicht.Features.Sgog;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Tests.Features.Sgog;

/// <summary>
/// A provider with two named SGOG officers and a client: a case the provider is partnered on, with a minor
/// born on 4 May 2016. Incidents are made directly in the database in the state a test needs.
/// </summary>
public sealed class SgogSetup
{
    public const string Secret = "Geheime beschrijving 7f3a";
    public static readonly DateOnly ChildBorn = new(2016, 5, 4);

    public required ZichtApp App { get; init; }
    public required TestData.World World { get; init; }
    public required StaffUser Officer { get; init; }
    public required StaffUser Colleague { get; init; }
    public required Case Case { get; init; }
    public required Guid MinorId { get; init; }
    public Guid ProviderId => World.Provider.Id;

    public static async Task<SgogSetup> CreateAsync(ZichtApp app)
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker, partnered: true);
        var minor = await app.Data.WithDbAsync(db => db.CasePeople.Where(p => p.CaseId == c.Id).Select(p => p.Id).FirstAsync());
        var setup = new SgogSetup
        {
            App = app,
            World = world,
            Case = c,
            MinorId = minor,
            Officer = await OfficerAsync(app, world),
            Colleague = await OfficerAsync(app, world),
        };
        return setup;
    }

    /// <summary>A staff member of the world's provider with the SGOG officer role, named (or not) as its officer.</summary>
    public static async Task<StaffUser> OfficerAsync(ZichtApp app, TestData.World world, bool named = true, bool provider = true)
    {
        var user = await app.Data.StaffAsync(world, Roles.SgogOfficer, provider: provider);
        if (named)
        {
            await NameAsync(app, user, provider ? world.Provider.Id : world.Division.Id);
        }
        return user;
    }

    public static Task NameAsync(ZichtApp app, StaffUser user, Guid organisation, DateOnly? ended = null) => app.Data.WithDbAsync(async db =>
    {
        db.Add(new SgogOfficer { OrganisationId = organisation, StaffId = user.Id, NamedOn = new DateOnly(2026, 1, 1), EndedOn = ended });
        await db.SaveChangesAsync();
    });

    /// <summary>An incident with every part of the report filled, a minor victim (the client) and a staff member; not yet decided.</summary>
    public Task<SgogIncident> IncidentAsync(Action<SgogIncident>? configure = null) => App.Data.WithDbAsync(async db =>
    {
        var number = await db.Set<SgogIncident>().CountAsync(i => i.OrganisationId == ProviderId) + 1;
        var incident = new SgogIncident
        {
            OrganisationId = ProviderId,
            Reference = $"2026-{number:000}",
            RecordedById = Officer.Id,
            RecordedOn = new DateOnly(2026, 3, 10),
            OccurredOn = new DateOnly(2026, 3, 8),
            Context = IncidentContext.WithinCare,
            Description = Secret,
            SeverityEvidence = "Ernst",
            Sources = "Bronnen",
            Mapping = "In kaart",
            ActionsTaken = "Gedaan",
            ActionsPlanned = "Gepland",
            Professionals = "Hulpverleners",
            SafetyInstalled = "Veiligheid",
            SafetyToInstall = "Nog te doen",
            ParentsView = "Ouders",
            ChildView = "Kind",
            ChildViewRecorded = true,
            FosterParentsView = "Pleegouders",
            EscalationNote = "Parket",
            Aftercare = "Nazorg",
        };
        incident.People.Add(new SgogInvolvedPerson { Role = InvolvedRole.MinorVictim, CasePersonId = MinorId });
        incident.People.Add(new SgogInvolvedPerson { Role = InvolvedRole.Other, Label = "bezoeker" });
        incident.Escalations.Add(new SgogEscalation { Kind = EscalationKind.Prosecutor, On = new DateOnly(2026, 3, 11), Note = "Melding" });
        configure?.Invoke(incident);
        db.Add(incident);
        await db.SaveChangesAsync();
        return incident;
    });

    public Task<SgogIncident> ReportableAsync(Action<SgogIncident>? configure = null) => IncidentAsync(i =>
    {
        (i.Decision, i.DecisionReason, i.DecidedOn, i.DecidedById) = (ReportableDecision.Reportable, "Ernstig", new DateOnly(2026, 3, 12), Officer.Id);
        configure?.Invoke(i);
    });

    /// <summary>A reportable incident whose report is sent (as the send would store it).</summary>
    public async Task<(SgogIncident Incident, SgogReport Report)> SentAsync(Action<SgogReport>? configure = null)
    {
        var incident = await ReportableAsync();
        var report = await App.Data.WithDbAsync(async db =>
        {
            var loaded = await db.Set<SgogIncident>().Include(i => i.Escalations).FirstAsync(i => i.Id == incident.Id);
            var r = new SgogReport { IncidentId = incident.Id, OrganisationId = ProviderId, SentOn = new DateOnly(2026, 3, 13), SentById = Officer.Id };
            r.Sections.AddRange(ReportContent.Sections(ReportContent.Generate(loaded, e => e.Kind.ToString())));
            configure?.Invoke(r);
            db.Add(r);
            await db.SaveChangesAsync();
            return r;
        });
        return (incident, report);
    }

    public Task<HttpClient> OfficerClientAsync() => App.SignedInAsync(Officer.UserName!);
}
