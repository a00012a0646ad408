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
    public const string QualityCoordinator = "QualityCoordinator"; // kwaliteitscoördinator of a provider
    public const string SgogOfficer = "SgogOfficer";         // named SGOG officer (aanspreekpunt) of a provider
    public const string AdministrationOfficer = "AdministrationOfficer"; // de administratie (division): quality reports, SGOG reports, sector view
    public const string Inspector = "Inspector";             // Zorginspectie

    public static readonly string[] All =
    [
        Caseworker, GroupCoordinator, TeamLead, ContextWorker, RegionalStaff, RegionalManager,
        Policy, Researcher, DataSteward, PrivacyOfficer, Administrator,
        QualityCoordinator, SgogOfficer, AdministrationOfficer, Inspector,
    ];

    /// <summary>Division roles that see their teams' cases and cases they are assigned to.</summary>
    public static readonly string[] CaseTeamRoles = [Caseworker, GroupCoordinator, TeamLead];

    /// <summary>Roles that see aggregates only (minimum group size applies).</summary>
    public static readonly string[] AggregateOnly = [Policy, Researcher, RegionalManager, RegionalStaff];
}
