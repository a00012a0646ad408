using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.ProcessTeams;
using Zicht.Kernel;

namespace Zicht.Features.PracticeGuide;

/// <summary>
/// Demo practice guide (local demo mode only, called by the demo seeder): two versions with the minimal expectations
/// the evaluation names (seed 001:4005, 5191, 5869–5871, 8247), acknowledgements of last year and this year, and
/// process teams held on most open cases of the Antwerp teams, so "every new case discussed" has records to read.
/// </summary>
internal static class DemoGuide
{
    private static readonly (CasePhase Phase, string Dutch, string English, ExpectationRule Rule, PracticeStep? Step)[] Expectations =
    [
        (CasePhase.Referral, "Elk nieuw dossier wordt besproken op het procesteam.", "Every new case is discussed in a process team.", ExpectationRule.ProcessTeam, null),
        (CasePhase.Referral, "Elk gesprek met een kind bij een aanmelding wordt voorbereid.", "Every conversation with a child at referral is prepared.", ExpectationRule.None, null),
        (CasePhase.Investigation, "De drie kolommen zijn ingevuld voor het maatschappelijk onderzoek.", "The three columns are filled in for the social investigation.", ExpectationRule.Step, PracticeStep.InternalMapping),
        (CasePhase.Investigation, "Het kind werd gehoord.", "The child was heard.", ExpectationRule.Step, PracticeStep.ChildrenInvolved),
        (CasePhase.Investigation, "Het netwerk werd verkend en geïnformeerd.", "The network was explored and informed.", ExpectationRule.Step, PracticeStep.InformedNetworkStarted),
        (CasePhase.Indication, "Er zijn gevaarsboodschappen en veiligheidsdoelen.", "There are danger statements and safety goals.", ExpectationRule.Step, PracticeStep.DangerStatementsGoals),
        (CasePhase.SafetyPlanning, "Er is een initieel veiligheidsplan met ouders en netwerk.", "There is an initial safety plan with parents and network.", ExpectationRule.Step, PracticeStep.InitialSafetyPlan),
        (CasePhase.SafetyPlanning, "Er was minstens één netwerkberaad.", "There was at least one network meeting.", ExpectationRule.Step, PracticeStep.NetworkMeeting),
        (CasePhase.Monitoring, "Het veiligheidsplan wordt opgevolgd met het netwerk.", "The safety plan is monitored with the network.", ExpectationRule.Step, PracticeStep.SafetyPlanMonitoring),
    ];

    public static async Task SeedAsync(ZichtDb db, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var staff = await db.Users.Where(u => u.UserName!.EndsWith("@demo")).ToDictionaryAsync(u => u.UserName!, u => u.Id, ct);
        if (!staff.TryGetValue("regiostaf@demo", out var lead))
        {
            return;
        }
        var first = Version(1, today.AddMonths(-14), lead, "Eerste versie, uit de Vlaamse praktijkgids", Expectations.Where(e => e.Phase != CasePhase.Monitoring));
        var second = Version(2, today.AddMonths(-2), lead, "Opvolging van het veiligheidsplan toegevoegd (klankbordgroep)", Expectations);
        db.AddRange(first, second);
        foreach (var (user, k) in staff.Keys.Where(u => u is "consulent@demo" or "consulent2@demo" or "consulent.gent@demo" or "teamlead@demo" or "coordinator@demo" or "contextbegeleider@demo").Select((u, k) => (u, k)))
        {
            db.Add(new GuideAcknowledgement { StaffId = staff[user], Year = today.Year - 1, GuideVersionId = first.Id, AcknowledgedOn = new DateOnly(today.Year - 1, 3, 1).AddDays(k * 9) });
            if (user is not "consulent2@demo" and not "contextbegeleider@demo")
            {
                db.Add(new GuideAcknowledgement { StaffId = staff[user], Year = today.Year, GuideVersionId = second.Id, AcknowledgedOn = today.AddDays(-30 + k * 3) });
            }
        }
        // Process teams on most open cases of the two Antwerp teams: the first soon after referral, some a second one.
        var teams = await db.Teams.OrderBy(t => t.Name).Where(t => t.Name.StartsWith("Team ")).Select(t => t.Id).Take(2).ToListAsync(ct);
        var cases = await db.Cases.IgnoreQueryFilters().Where(c => teams.Contains(c.TeamId)).OrderBy(c => c.Reference).Select(c => new { c.Id, c.ReferralDate }).ToListAsync(ct);
        foreach (var (c, i) in cases.Select((c, i) => (c, i)).Where(x => x.i % 4 != 3))
        {
            var held = c.ReferralDate.AddDays(3 + i % 7);
            db.Add(new ProcessTeamMeeting { CaseId = c.Id, HeldOn = held > today ? today : held, Note = "Start: wat weten we, wat willen we nog weten, wie nodigen we eerst uit?" });
            if (i % 2 == 0 && held.AddDays(42) <= today)
            {
                db.Add(new ProcessTeamMeeting { CaseId = c.Id, HeldOn = held.AddDays(42), Note = "Na zes weken: hoe ziet het netwerk eruit?" });
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private static GuideVersion Version(int number, DateOnly on, Guid by, string note, IEnumerable<(CasePhase Phase, string Dutch, string English, ExpectationRule Rule, PracticeStep? Step)> items)
    {
        var v = new GuideVersion { Number = number, PublishedOn = on, PublishedById = by, Note = note };
        v.Expectations.AddRange(items.Select((e, i) => new MinimalExpectation { Phase = e.Phase, Order = i, Dutch = e.Dutch, English = e.English, Rule = e.Rule, Step = e.Step }));
        return v;
    }
}
