using Microsoft.AspNetCore.Identity;

namespace Zicht.Kernel;

/// <summary>A person who signs in to Zicht. Families and children never have an account.</summary>
public class StaffUser : IdentityUser<Guid>
{
    public StaffUser() => Id = Guid.CreateVersion7();

    public required string DisplayName { get; set; }

    /// <summary>Staff code used in exchange files (the trajectory format's <c>worker</c> column).</summary>
    public string? StaffCode { get; set; }

    public Guid OrganisationId { get; set; }
    public Zicht.Kernel.Organisation? Organisation { get; set; }
    public bool IsActive { get; set; } = true;
}
