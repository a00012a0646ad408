namespace Zicht.Kernel;

public enum OrganisationKind { Division, Provider }

/// <summary>The division (OSD) or a youth-care provider (voorziening).</summary>
public class Organisation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public required string Code { get; set; }
    public OrganisationKind Kind { get; set; }
    public List<Service> Services { get; set; } = [];
}

/// <summary>OCJ, SDJ, or a provider's module such as CB-SOFS.</summary>
public class Service
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
}

/// <summary>A region (Antwerpen, Limburg, …, or "Vlaams niveau"); shared by all organisations.</summary>
public class Region
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
}

/// <summary>A team works one service in one region.</summary>
public class Team
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public Guid ServiceId { get; set; }
    public Service? Service { get; set; }
    public Guid RegionId { get; set; }
    public Region? Region { get; set; }
    public List<TeamMembership> Members { get; set; } = [];
}

/// <summary>A staff member's place in a team; <see cref="IsLead"/> marks the team lead (teamverantwoordelijke).</summary>
public class TeamMembership
{
    public Guid TeamId { get; set; }
    public Team? Team { get; set; }
    public Guid StaffId { get; set; }
    public bool IsLead { get; set; }
}
