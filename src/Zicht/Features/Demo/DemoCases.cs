using Microsoft.EntityFrameworkCore;
using Zicht.Kernel;

namespace Zicht.Features.Demo;

public sealed partial class DemoSeeder
{
    private static readonly string[] FirstNames = ["Lotte", "Milan", "Emma", "Noah", "Lina", "Finn", "Nora", "Arthur", "Mila", "Jules", "Ella", "Lucas", "Olivia", "Louis", "Yasmine", "Adam", "Amira", "Rayan"];
    private static readonly string[] LastNames = ["Vermeulen", "Van den Broeck", "Lambrechts", "El Amrani", "Wuyts", "Desmet", "Verstraeten", "Bogaert", "Nguyen", "Kowalski", "Michiels", "Smets"];
    private static readonly string[] Themes = ["Partnergeweld", "Verwaarlozing", "Verslaving ouder", "Psychische kwetsbaarheid ouder", "Schoolverzuim en conflict", "Lichamelijk geweld"];
    private static readonly string[] NetworkRelations = ["grootmoeder", "grootvader", "tante", "oom", "buurvrouw", "vriendin van moeder", "voetbaltrainer", "meter"];

    private async Task<int> AddCasesAsync(Structure s, int count, IProgress<int>? progress, CancellationToken ct)
    {
        var existing = await db.Cases.IgnoreQueryFilters().CountAsync(ct);
        var random = new Random(2026 + existing);
        var workersByTeam = await db.TeamMemberships.AsNoTracking()
            .GroupBy(m => m.TeamId).ToDictionaryAsync(g => g.Key, g => g.Select(m => m.StaffId).ToList(), ct);
        var fallbackWorker = workersByTeam.Values.SelectMany(w => w).First();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var i = 0; i < count; i++)
        {
            // Half the cases go to team A so the demo caseworker has a real caseload.
            var team = i % 2 == 0 ? s.Teams[0] : s.Teams[random.Next(s.Teams.Count)];
            var service = team.ServiceId == s.Sdj.Id ? s.Sdj : s.Ocj;
            var workers = workersByTeam.GetValueOrDefault(team.Id) ?? [fallbackWorker];
            var referral = today.AddDays(-random.Next(20, 900));
            var closed = random.NextDouble() < 0.3;
            var family = LastNames[random.Next(LastNames.Length)];
            var c = new Case
            {
                Reference = $"{service.Code}-{referral.Year}-{existing + i + 1:0000}",
                OrganisationId = s.Division.Id,
                ServiceId = service.Id,
                TeamId = team.Id,
                ResponsibleWorkerId = workers[random.Next(workers.Count)],
                ReferralDate = referral,
                ReferralSource = service == s.Sdj ? ReferralSource.Prosecutor : ReferralSource.MDocument,
                MainTheme = Themes[random.Next(Themes.Length)],
                Phase = closed ? CasePhase.Closed : (CasePhase)random.Next(0, 5),
                ClosedOn = closed ? referral.AddDays(random.Next(120, 500)) is var d && d < today ? d : today : null,
                ClosureReason = closed ? "Voldoende veiligheid" : null,
            };
            AddPeople(c, family, referral, random);
            if (i % 4 == 1)
            {
                c.Partnerships.Add(new CasePartnership { OrganisationId = s.Provider.Id, Since = referral.AddDays(30) });
            }
            db.Cases.Add(c);
            AddCasework(c, random, today);
            AddProcessTeams(c, random, today);
            if (i % 20 == 19)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
            progress?.Report(i + 1);
        }
        await db.SaveChangesAsync(ct);
        return count;
    }

    private static void AddPeople(Case c, string family, DateOnly referral, Random random)
    {
        string Name() => $"{FirstNames[random.Next(FirstNames.Length)]} {family}";
        for (var m = 0; m < 1 + random.Next(3); m++)
        {
            c.People.Add(new CasePerson { Role = PersonRole.Minor, FullName = Name(), BirthDate = referral.AddDays(-random.Next(365, 17 * 365)) });
        }
        c.People.Add(new CasePerson { Role = PersonRole.Parent, FullName = Name(), Relationship = "moeder" });
        if (random.NextDouble() < 0.7)
        {
            c.People.Add(new CasePerson { Role = PersonRole.Parent, FullName = Name(), Relationship = "vader" });
        }
        for (var n = 0; n < 2 + random.Next(3); n++)
        {
            var relation = NetworkRelations[random.Next(NetworkRelations.Length)];
            c.People.Add(new CasePerson
            {
                Role = PersonRole.NetworkMember,
                FullName = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}",
                Relationship = relation,
                NetworkKind = relation.StartsWith("groot") || relation is "tante" or "oom" or "meter" ? NetworkKind.Family : NetworkKind.Social,
            });
        }
    }
}
