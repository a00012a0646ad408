using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Zicht.Infrastructure.Auth;

/// <summary>A named policy: who may use a part of Zicht, and why (the text of docs/authorization.md).</summary>
public sealed record Policy(string Name, string What, IReadOnlyList<string> Roles);

/// <summary>
/// The one answer to "which role may do what". Pages say <c>[Authorize(Policy = Policies.X)]</c>, views and
/// handlers ask <see cref="Allows"/>; both read this table, and docs/authorization.md is generated from
/// it (a test fails when they differ). Which case, which team, which figures a person may see within a
/// policy is decided per resource: <see cref="CaseAuthorizationHandler"/> for cases (with the query filter
/// as second line), the dashboard viewer for aggregates.
/// </summary>
public static class Policies
{
    public const string CaseWork = "CaseWork";
    public const string Dashboards = "Dashboards";
    public const string FeedbackReports = "FeedbackReports";
    public const string FeedbackAcrossTeams = "FeedbackAcrossTeams";
    public const string StaffSurveyResults = "StaffSurveyResults";
    public const string StaffSurveyExport = "StaffSurveyExport";
    public const string TrajectoryImport = "TrajectoryImport";
    public const string AuditTrail = "AuditTrail";
    public const string AuditValues = "AuditValues";
    public const string SecurityLog = "SecurityLog";
    public const string Administration = "Administration";
    public const string CaseAudits = "CaseAudits";
    public const string CaseAuditFigures = "CaseAuditFigures";
    public const string QualitySelfEvaluation = "QualitySelfEvaluation";
    public const string QualityAdministration = "QualityAdministration";
    public const string QualityInspections = "QualityInspections";
    public const string SgogRegister = "SgogRegister";
    public const string SgogReports = "SgogReports";
    public const string StaffSurveyTeamResults = "StaffSurveyTeamResults";
    public const string ResearchExport = "ResearchExport";

    public static readonly IReadOnlyList<Policy> All =
    [
        new(CaseWork, "Open cases of their teams, cases they work on or are partnered on, and record work in them (each case is checked)",
            [.. Roles.CaseTeamRoles, Roles.ContextWorker]),
        new(Dashboards, "Breadth, durations and core-data dashboards and their downloads (case rows only where the case rule allows; aggregates suppressed for aggregate-only roles)",
            [.. Roles.CaseTeamRoles, .. Roles.AggregateOnly, Roles.DataSteward, Roles.Administrator]),
        new(FeedbackReports, "Feedback reports: one's own, the teams one leads, and (with the next policy) wider, aggregates only",
            [.. Roles.CaseTeamRoles, .. Roles.AggregateOnly, Roles.Administrator]),
        new(FeedbackAcrossTeams, "Feedback reports beyond one's own work (regions, organisation), aggregates only",
            [.. Roles.AggregateOnly, Roles.Administrator]),
        new(StaffSurveyResults, "Staff-survey results and the barometer, aggregates only",
            [Roles.Administrator, Roles.Researcher, Roles.Policy, Roles.RegionalManager, Roles.RegionalStaff]),
        new(StaffSurveyExport, "Staff-survey research export", [Roles.Administrator, Roles.Researcher, Roles.Policy]),
        new(TrajectoryImport, "Import historical trajectories", [Roles.Administrator, Roles.DataSteward]),
        new(AuditTrail, "Read the audit trail", [Roles.PrivacyOfficer, Roles.Administrator]),
        new(AuditValues, "See the values before and after a change in the audit trail", [Roles.PrivacyOfficer]),
        new(SecurityLog, "The security log: refused case access, failed sign-ins, lockouts, changes of rights, and alerts", [Roles.PrivacyOfficer]),
        new(Administration, "Organisation tree, staff, roles, teams, survey instruments, audit templates and who is named SGOG officer of a provider (never the register itself)", [Roles.Administrator]),
        new(CaseAudits, "Take part in case audits as worker or reviewer: only one's own audits, only of cases one may read (each audit is checked)",
            [.. Roles.CaseTeamRoles, Roles.RegionalStaff]),
        new(CaseAuditFigures, "Case audits together: per principle score distributions, gap, rater agreement and learning themes, aggregates only (team leads their teams)",
            [Roles.TeamLead, Roles.RegionalStaff, Roles.RegionalManager, Roles.Policy]),
        new(QualitySelfEvaluation, "A provider's own self-evaluation, improvement actions, occupancy, quality report and inspection findings: only their own organisation",
            [Roles.QualityCoordinator]),
        new(QualityAdministration, "Read submitted quality reports and give feedback; the sector view (organisation levels per domain and year, providers side by side by name, never ranked); quality imports and exports",
            [Roles.AdministrationOfficer]),
        new(QualityInspections, "Record and import inspection findings per provider, year and domain (the conclusion follows from two flags)",
            [Roles.AdministrationOfficer, Roles.Inspector]),
        new(SgogRegister, "The SGOG register of their own provider (incidents, reports, framework and procedure, figures, retention), only while also named that provider's SGOG officer: checked on every request, everyone else gets 404",
            [Roles.SgogOfficer]),
        new(SgogReports, "SGOG reports sent to the administration, and only those (read, record the reading and the inspectorate's involvement, return a summary note), and SGOG figures across providers (minimum group size and complementary suppression)",
            [Roles.AdministrationOfficer]),
        new(StaffSurveyTeamResults, "Staff-survey results of the teams one leads, only when the team is large enough and under the same complementary suppression as every other survey figure",
            [Roles.TeamLead]),
        new(ResearchExport, "The pseudonymised research export of trajectories (keyed pseudonyms, small-cell treatment of teams, workers and birth years), with a reason, audited",
            [Roles.DataSteward]),
    ];

    public static Policy Of(string name) => All.Single(p => p.Name == name);

    /// <summary>Whether the user's roles meet the policy (the same test the registered policy makes).</summary>
    public static bool Allows(this ClaimsPrincipal user, string policy) => Of(policy).Roles.Any(user.IsInRole);

    public static void Add(AuthorizationOptions options)
    {
        foreach (var policy in All)
        {
            options.AddPolicy(policy.Name, p => p.RequireAuthenticatedUser().RequireRole(policy.Roles));
        }
    }
}
