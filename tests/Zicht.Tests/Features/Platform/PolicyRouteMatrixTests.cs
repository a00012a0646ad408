using System.Net;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Platform;

/// <summary>
/// Every role against the entry page of every policy: a role in the policy gets the page, every other
/// role gets "not found" (decision 002), never a page that reveals more. New pages add a row here.
/// </summary>
public class PolicyRouteMatrixTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    public static readonly (string Route, string Policy)[] Routes =
    [
        ("/dossiers", Policies.CaseWork),
        ("/praktijk", Policies.Dashboards),
        ("/feedback/rapport", Policies.FeedbackReports),
        ("/trajecten/import", Policies.TrajectoryImport),
        ("/audit", Policies.AuditTrail),
        ("/audit/beveiliging", Policies.SecurityLog),
        ("/beheer", Policies.Administration),
        ("/casusaudits", Policies.CaseAudits),
        ("/kwaliteit/afdelingen", Policies.QualitySelfEvaluation),
        ("/kwaliteit/sector", Policies.QualityAdministration),
        ("/kwaliteit/inspectie", Policies.QualityInspections),
        ("/onderzoek/export", Policies.ResearchExport),
        ("/leren", Policies.Learning),
        ("/leren/opleidingen", Policies.TrainingPlanning),
        ("/praktijkgids", Policies.PracticeGuide),
        ("/praktijkgids/bewerken", Policies.PracticeGuideEditing),
        ("/praktijk/tijd-tot", Policies.Dashboards),
        ("/praktijk/samenhang", Policies.Dashboards),
        ("/uitkomsten", Policies.Dashboards),
        ("/leerrapport", Policies.Dashboards),
        ("/uitkomsten/indicator?level=team&term=short", Policies.OutcomeTable),
        ("/implementatieplan", Policies.ImplementationPlan),
        ("/implementatieplan/themas", Policies.ImplementationPlanEdit),
        ("/procesteams", Policies.CaseWork),
        ("/overleg", Policies.CaseWork),
        ("/personeelsbevraging/importeren", Policies.Administration),
        ("/voorbeeldvragen", Policies.PracticeGuide),
    ];

    public static TheoryData<string> AllRoles() => new(Roles.All);

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Each_role_opens_exactly_the_pages_its_policies_allow(string role)
    {
        var world = await app.Data.WorldAsync();
        var person = await app.Data.StaffAsync(world, role,
            team: Roles.CaseTeamRoles.Contains(role) ? world.TeamA : null,
            lead: role == Roles.TeamLead, provider: role is Roles.ContextWorker or Roles.QualityCoordinator);
        var client = await app.SignedInAsync(person.UserName!);
        var wrong = new List<string>();

        foreach (var (route, policy) in Routes)
        {
            var expected = Policies.Of(policy).Roles.Contains(role) ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            var status = (await client.GetAsync(route)).StatusCode;
            if (status != expected)
            {
                wrong.Add($"{route}: {(int)status}, expected {(int)expected}");
            }
        }

        Assert.Empty(wrong);
    }
}
