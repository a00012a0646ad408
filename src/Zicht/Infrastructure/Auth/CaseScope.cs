namespace Zicht.Infrastructure.Auth;

/// <summary>
/// Which cases the current actor may see. Built once per request from the signed-in staff member;
/// used by <see cref="CaseAccess"/> and by ZichtDb's global query filter (second line of defence).
/// </summary>
public sealed class CaseScope
{
    /// <summary>Command-line and background work: sees everything (and is audited as such).</summary>
    public bool Unrestricted { get; init; }
    public Guid StaffId { get; init; }

    /// <summary>Division caseworkers, group coordinators and team leads see their teams' cases.</summary>
    public bool SeesTeamCases { get; init; }
    public List<Guid> TeamIds { get; init; } = [];
    public List<Guid> LeadTeamIds { get; init; } = [];

    /// <summary>Provider context workers see the cases their organisation is partnered on.</summary>
    public bool SeesPartneredCases { get; init; }
    public Guid OrganisationId { get; init; }

    public static CaseScope Nothing { get; } = new();
    public static CaseScope Everything { get; } = new() { Unrestricted = true };
}

/// <summary>Who is acting in this scope (request or command) and what they may see.</summary>
public sealed class RequestContext
{
    public Guid? StaffId { get; set; }
    public string ActorName { get; set; } = "system";
    public CaseScope Scope { get; set; } = CaseScope.Nothing;

    /// <summary>The client's address (behind trusted proxies only: see docs/operations.md), for the security log.</summary>
    public string? ClientAddress { get; set; }

    public static RequestContext System(string name) =>
        new() { ActorName = name, Scope = CaseScope.Everything };
}
