namespace Zicht.Infrastructure.Auth;

/// <summary>
/// The roles of domain.md §2. Only the first four ever read case content; the others see
/// organisation data, aggregates or the audit trail.
/// </summary>
public static class Roles
{
    public const string Caseworker = "Caseworker";           // consulent
    public const string GroupCoordinator = "GroupCoordinator"; // groepscoördinator
    public const string TeamLead = "TeamLead";               // teamverantwoordelijke
    public const string ContextWorker = "ContextWorker";     // contextbegeleider (provider)
    public const string RegionalStaff = "RegionalStaff";     // regionaal staflid
    public const string RegionalManager = "RegionalManager"; // regioverantwoordelijke
    public const string Policy = "Policy";                   // afdelingshoofd, beleidsmedewerker
    public const string Researcher = "Researcher";
    public const string DataSteward = "DataSteward";
    public const string PrivacyOfficer = "PrivacyOfficer";
    public const string Administrator = "Administrator";

    public static readonly string[] All =
    [
        Caseworker, GroupCoordinator, TeamLead, ContextWorker, RegionalStaff, RegionalManager,
        Policy, Researcher, DataSteward, PrivacyOfficer, Administrator,
    ];

    /// <summary>Division roles that see their teams' cases and cases they are assigned to.</summary>
    public static readonly string[] CaseTeamRoles = [Caseworker, GroupCoordinator, TeamLead];

    /// <summary>Roles that see aggregates only (minimum group size applies).</summary>
    public static readonly string[] AggregateOnly = [Policy, Researcher, RegionalManager, RegionalStaff];
}
