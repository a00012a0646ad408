using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Features.Learning;

/// <summary>
/// Demo learning (local demo mode only, called by the demo seeder): a year of sessions in the structures of
/// practice-system.md §3.4 with notes for colleagues, the courses of §3.5 with everyone's records and a waiting list,
/// the basic-training requirement, a new colleague still waiting for it, and learning needs.
/// </summary>
internal static class DemoLearning
{
    private sealed record Plan(LearningKind Kind, string Name, string Purpose, string Composition, string Rhythm, string Facilitator, int? Team, string? Region, string[] Members, int EveryDays, int Count, string[] Themes);

    private static readonly Plan[] Plans =
    [
        new(LearningKind.LearningCase, "Leercasus Antwerpen-Noord", "Zes maanden lang samen één dossier uitdiepen met de ondersteuning van een trainer, met duidelijke en gestructureerde terugkoppeling.",
            "Vier consulenten, de teamverantwoordelijke en een regionaal staflid", "Om de 14 dagen, 1,5 uur, gedurende 6 maanden", "regiostaf@demo", 0, null,
            ["consulent@demo", "consulent2@demo", "teamlead@demo", "regiostaf@demo"], 14, 12,
            ["Gevaarsboodschap in gewone taal", "Het netwerk betrekken als het niet komt opdagen", "Schalen met ouders", "Woord- en beeldverhaal voor een kind van 6", "Veiligheidsdoelen formuleren", "Plan b met het netwerk"]),
        new(LearningKind.GroupSupervision, "Groepssupervisie Team A", "Reflecteren op het eigen handelen als consulent; procesmatig, niet inhoudelijk, met rollen als adviseur en facilitator.",
            "Het hele team A", "Maandelijks, 2 uur", "teamlead@demo", 0, null,
            ["consulent@demo", "consulent2@demo", "teamlead@demo", "nieuw@demo"], 30, 11,
            ["Omgaan met weerstand", "Tijd voor het kind", "Een moeilijk gesprek voorbereiden", "Grenzen van de eigen rol"]),
        new(LearningKind.ProcessTeam, "Procesteam Team A", "Elk nieuw dossier bespreken, liefst voor het eerste contact: inhoud, strategie en besluit.",
            "Vier à vijf consulenten en een regionaal staflid", "Om de 14 dagen", "regiostaf@demo", 0, null,
            ["consulent@demo", "consulent2@demo", "regiostaf@demo", "teamlead@demo"], 14, 24,
            ["Nieuwe aanmeldingen", "Na zes weken: wat leerden we uit het triadegesprek?", "Na 65 dagen: is het MaNo?", "Opvolging"]),
        new(LearningKind.Intervision, "Intervisie West-Vlaanderen met partners", "Thematische intervisie, open voor partners: verslaggeving, woord- en beeldverhaal, de vertrouwenspersoon van de jongere.",
            "Consulenten, regionale stafleden en contextbegeleiders van de voorzieningen", "Om de twee maanden", "regiostaf@demo", null, "West-Vlaanderen",
            ["regiostaf@demo", "consulent.gent@demo", "contextbegeleider@demo"], 60, 6,
            ["Verslaggeving", "Woord- en beeldverhaal", "De vertrouwenspersoon van de jongere"]),
        new(LearningKind.ForumGroup, "Regionale forumgroep Antwerpen", "Een casus of leervraag uit de regio, met alle teamverantwoordelijken, één consulent per team en de regionale partners.",
            "Alle teamverantwoordelijken, één consulent per team, regionale stafleden en partners", "Elke drie maanden", "regiostaf@demo", null, "Antwerpen",
            ["teamlead@demo", "coordinator@demo", "consulent@demo", "regiostaf@demo"], 91, 4,
            ["Leervraag: netwerk bij vechtscheiding", "Casus: plan b verblijf", "Minimale verwachtingen in de praktijk"]),
        new(LearningKind.PartnerPlatform, "Ontbijtsessie met partners", "Ontmoeten en leren met CLB, CGG, CAW en voorzieningen rond één thema.",
            "Consulenten en partners uit de regio", "Ongeveer om de twee maanden", "regiostaf@demo", null, "West-Vlaanderen",
            ["regiostaf@demo", "consulent.gent@demo", "contextbegeleider@demo"], 61, 5,
            ["Samen een veiligheidsplan opvolgen", "De stem van het kind bij partners"]),
        new(LearningKind.AppreciativeInterview, "Waarderende interviews", "In duo's vertellen wat goed ging in een dossier en waarom.",
            "Consulenten in duo", "Twee keer per jaar", "coordinator@demo", 1, null,
            ["coordinator@demo", "consulent@demo"], 182, 2,
            ["Wat werkte in een dossier dat goed afsloot"]),
    ];

    private static readonly string[] Notes =
    [
        "We oefenden een gevaarsboodschap zonder vakjargon. Tip: lees ze luidop voor aan iemand die het dossier niet kent.",
        "Wat werkte: het netwerk apart uitnodigen vóór het netwerkberaad. Volgende keer brengt An het vervolg mee.",
        "Schalen met ouders opent het gesprek als je vraagt 'waarom niet lager?'. Voorbeeldvragen staan in de vraagbank.",
        "We maakten samen een woord- en beeldverhaal; de tekeningen hoeven niet mooi te zijn, wel in de woorden van het kind.",
        "Veiligheidsdoelen: schrijf wat de ouders zullen dóen, niet wat ze zullen laten.",
    ];

    public static async Task SeedAsync(ZichtDb db, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var staff = await db.Users.Where(u => u.UserName!.EndsWith("@demo")).ToDictionaryAsync(u => u.UserName!, u => u.Id, ct);
        var teams = await db.Teams.OrderBy(t => t.Name).Where(t => t.Name.StartsWith("Team ")).ToListAsync(ct);
        var regions = await db.Regions.ToDictionaryAsync(r => r.Name, r => r.Id, ct);
        var cases = await db.Cases.IgnoreQueryFilters().Where(c => c.TeamId == teams[0].Id).OrderBy(c => c.ReferralDate).Select(c => c.Id).ToListAsync(ct);
        var partner = await db.Organisations.Where(o => o.Code == "CIRKANT").Select(o => o.Id).FirstAsync(ct);
        Guid Id(string user) => staff[user];
        var n = 0;
        foreach (var p in Plans.Where(p => p.Members.All(staff.ContainsKey) && staff.ContainsKey(p.Facilitator)))
        {
            var first = today.AddDays(-p.EveryDays * p.Count + 3);
            var s = new LearningStructure
            {
                Kind = p.Kind,
                Name = p.Name,
                Purpose = p.Purpose,
                Composition = p.Composition,
                Rhythm = p.Rhythm,
                FacilitatorId = Id(p.Facilitator),
                TeamId = p.Team is { } t ? teams[t].Id : null,
                RegionId = p.Team is { } t2 ? teams[t2].RegionId : p.Region is { } r ? regions[r] : null,
                StartsOn = first,
                EndsOn = p.Kind == LearningKind.LearningCase ? first.AddMonths(6) : null,
            };
            s.Members.AddRange(p.Members.Select(m => new StructureMember { StaffId = Id(m), Since = first }));
            db.Add(s);
            for (var i = 0; i < p.Count; i++)
            {
                var session = new LearningSession
                {
                    StructureId = s.Id,
                    HeldOn = first.AddDays(i * p.EveryDays),
                    Theme = p.Themes[i % p.Themes.Length],
                    FeedbackNote = p.Kind == LearningKind.ProcessTeam ? null : Notes[(n + i) % Notes.Length],
                    FacilitatorId = s.FacilitatorId,
                };
                // Not everyone is there every time; the facilitator always is.
                foreach (var (m, k) in p.Members.Select((m, k) => (m, k)).Where(x => x.m == p.Facilitator || (x.k + i) % 4 != 3))
                {
                    session.Attendees.Add(new SessionAttendee
                    {
                        StaffId = Id(m),
                        Role = m == p.Facilitator ? SessionRole.Facilitator : p.Kind == LearningKind.GroupSupervision && k == i % p.Members.Length ? SessionRole.Advisor
                            : k == i % p.Members.Length ? SessionRole.CaseBringer : SessionRole.Participant,
                    });
                }
                if (p.Members.Contains("contextbegeleider@demo"))
                {
                    session.Partners.Add(new SessionPartner { OrganisationId = partner });
                }
                db.Add(session);
                if (p.Kind is LearningKind.LearningCase or LearningKind.ProcessTeam && cases.Count > 0)
                {
                    db.Add(new SessionCase { SessionId = session.Id, CaseId = cases[(i * 3 + n) % cases.Count] });
                }
            }
            n++;
        }
        SeedTraining(db, staff, today);
        await db.SaveChangesAsync(ct);
    }

    private static void SeedTraining(ZichtDb db, Dictionary<string, Guid> staff, DateOnly today)
    {
        db.AddRange(
            new RoleRequirement { Role = Roles.Caseworker, Kind = CourseKind.Basic, WithinMonths = 6 },
            new RoleRequirement { Role = Roles.GroupCoordinator, Kind = CourseKind.Basic, WithinMonths = 6 },
            new RoleRequirement { Role = Roles.TeamLead, Kind = CourseKind.Leadership, WithinMonths = 12 });
        var basic = new TrainingCourse { Name = "Basistraining veiligheidsgericht werken", Kind = CourseKind.Basic, Days = 4, Provider = "Opgroeien, interne trainers" };
        var advanced = new TrainingCourse { Name = "Verdiepende training veiligheidsplanning", Kind = CourseKind.AdvancedSafetyPlanning, Days = 3, Provider = "Opgroeien, interne trainers" };
        var words = new TrainingCourse { Name = "Woord- en beeldverhaal en spreken met kinderen", Kind = CourseKind.WordsAndPictures, Days = 2, Provider = "Opgroeien, interne trainers" };
        var network = new TrainingCourse { Name = "Netwerkberaden voorbereiden en leiden", Kind = CourseKind.NetworkMeetings, Days = 2, Provider = "Opgroeien, regionale stafleden" };
        var leaders = new TrainingCourse { Name = "Training voor leidinggevenden", Kind = CourseKind.Leadership, Days = 3, Provider = "Externe trainer" };
        var family = new TrainingCourse { Name = "Family Finding", Kind = CourseKind.Other, Days = 5, Provider = "Externe trainer" };
        db.AddRange(basic, advanced, words, network, leaders, family);
        var starts = new Dictionary<string, DateOnly>
        {
            ["consulent@demo"] = new(2019, 9, 2),
            ["consulent2@demo"] = new(2021, 2, 1),
            ["consulent.gent@demo"] = new(2022, 10, 3),
            ["teamlead@demo"] = new(2015, 3, 2),
            ["coordinator@demo"] = new(2018, 1, 8),
            ["regiostaf@demo"] = new(2016, 5, 2),
            ["nieuw@demo"] = today.AddMonths(-7),
        };
        foreach (var (user, on) in starts.Where(s => staff.ContainsKey(s.Key)))
        {
            db.Add(new StaffStart { StaffId = staff[user], StartedOn = on });
            if (user != "nieuw@demo")
            {
                db.Add(new TrainingRecord { StaffId = staff[user], CourseId = basic.Id, Status = TrainingStatus.Followed, On = on.AddMonths(4), AddedOn = on });
            }
        }
        TrainingRecord Rec(string user, TrainingCourse c, TrainingStatus s, int monthsAgo) =>
            new() { StaffId = staff[user], CourseId = c.Id, Status = s, On = s == TrainingStatus.Waiting ? null : today.AddMonths(-monthsAgo), AddedOn = today.AddMonths(-Math.Abs(monthsAgo) - 2) };
        var records = new List<(string User, TrainingCourse Course, TrainingStatus Status, int MonthsAgo)>
        {
            ("nieuw@demo", basic, TrainingStatus.Waiting, 0), ("consulent@demo", advanced, TrainingStatus.Followed, 14), ("consulent@demo", words, TrainingStatus.Followed, 5),
            ("consulent2@demo", advanced, TrainingStatus.Planned, -2), ("consulent2@demo", network, TrainingStatus.Waiting, 0), ("consulent.gent@demo", words, TrainingStatus.Waiting, 0),
            ("teamlead@demo", leaders, TrainingStatus.Followed, 30), ("coordinator@demo", family, TrainingStatus.Followed, 9), ("coordinator@demo", advanced, TrainingStatus.Waiting, 0),
        };
        db.AddRange(records.Where(r => staff.ContainsKey(r.User)).Select(r => Rec(r.User, r.Course, r.Status, r.MonthsAgo)));
        var needs = new (string User, NeedTool Tool, string? Text)[]
        {
            ("consulent@demo", NeedTool.SafetyPlanningWithLittleTime, "Een veiligheidsplan maken als er maar één gesprek is"),
            ("consulent2@demo", NeedTool.SafetyPlanningWithLittleTime, null),
            ("consulent.gent@demo", NeedTool.SafetyPlanningWithLittleTime, "Snel een voorlopig plan bij een crisisaanmelding"),
            ("coordinator@demo", NeedTool.SafetyPlanningWithLittleTime, null),
            ("nieuw@demo", NeedTool.SafetyPlanningWithLittleTime, "Hoe begin je eraan als nieuwe collega?"),
            ("consulent@demo", NeedTool.NetworkWithResistance, "Ouders die geen netwerk willen betrekken"),
            ("consulent2@demo", NeedTool.HighConflictDivorce, null),
            ("nieuw@demo", NeedTool.TalkingWithChildren, null),
        };
        db.AddRange(needs.Where(x => staff.ContainsKey(x.User)).Select(x => new LearningNeed { StaffId = staff[x.User], Tool = x.Tool, Text = x.Text, EnteredOn = today.AddDays(-20) }));
    }
}
