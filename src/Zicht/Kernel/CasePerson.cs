using Zicht.Infrastructure;

namespace Zicht.Kernel;

public enum PersonRole { Minor, Parent, NetworkMember, Professional }

/// <summary>Family, social or professional tie of a network member.</summary>
public enum NetworkKind { Family, Social, Professional }

/// <summary>Someone involved in a case: a minor, a parent/caregiver, a network member or a partner professional.</summary>
public class CasePerson : ICaseOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public PersonRole Role { get; set; }
    public required string FullName { get; set; }
    public DateOnly? BirthDate { get; set; }

    /// <summary>Relationship to the minor(s), in the family's words ("grandmother", "neighbour").</summary>
    public string? Relationship { get; set; }
    public NetworkKind? NetworkKind { get; set; }

    /// <summary>For professionals: the partner organisation (CLB, CGG, CAW, pleegzorg, K&amp;G, OCMW, GP …).</summary>
    public string? PartnerOrganisation { get; set; }
    public string? Phone { get; set; }

    /// <summary>Network members: the day they were informed of the danger statement (proves step 03).</summary>
    public DateOnly? InformedOn { get; set; }

    /// <summary>Network members: what they committed to do.</summary>
    public string? Commitments { get; set; }

    /// <summary>Network members: chairs the network.</summary>
    public bool ChairsNetwork { get; set; }

    /// <summary>Network members: the one to call in a crisis.</summary>
    public bool IsCrisisContact { get; set; }
    public int Version { get; set; }
}
