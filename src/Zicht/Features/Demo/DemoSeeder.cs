using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Features.Staff;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.Demo;

/// <summary>
/// Creates the demo organisation: the division (OCJ, SDJ), the regions, a few teams, one provider,
/// staff in every role and synthetic cases. Refuses to run outside local demo mode.
/// </summary>
public sealed partial class DemoSeeder(ZichtDb db, UserManager<StaffUser> users, IOptions<ZichtOptions> options, IHostEnvironment env)
{
    public const string Password = "Zicht-demo-2026";

    public readonly record struct Report(int Cases, int StaffCreated);

    /// <summary>Only local mode with demo mode switched on; a production configuration never seeds.</summary>
    public bool IsAllowed => options.Value.DemoMode && (env.IsEnvironment("Local") || env.IsEnvironment("Testing"));

    public async Task<bool> IsDatabaseEmptyAsync() => !await db.Organisations.AnyAsync();

    public async Task<Report> SeedAsync(int cases, IProgress<int>? progress, CancellationToken ct)
    {
        if (!IsAllowed)
        {
            throw new InvalidOperationException("Demo data may only be created in local demo mode.");
        }
        var structure = await EnsureStructureAsync(ct);
        var staffCreated = await EnsureStaffAsync(structure, ct);
        var added = await AddCasesAsync(structure, cases, progress, ct);
        return new Report(added, staffCreated);
    }

    public static void PrintLogins(ICollection<string> urls)
    {
        Console.WriteLine();
        Console.WriteLine($"Zicht is running: {string.Join(", ", urls)}");
        Console.WriteLine($"Demo sign-ins (password for all: {Password}):");
        foreach (var staff in DemoStaff)
        {
            Console.WriteLine($"  {staff.UserName,-28} {staff.Role}");
        }
        Console.WriteLine();
    }
}
