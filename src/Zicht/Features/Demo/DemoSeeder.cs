using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Features.Bench;
using Zicht.Features.PracticeSteps;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Web;
using Zicht.Kernel;

namespace Zicht.Features.Demo;

/// <summary>
/// Creates the demo organisation: the division (OCJ, SDJ), the regions, a few teams, one provider,
/// staff in every role and synthetic cases. Refuses to run outside local demo mode.
/// </summary>
public sealed partial class DemoSeeder(
    ZichtDb db, UserManager<StaffUser> users, IOptions<ZichtOptions> options, IHostEnvironment env,
    CaseTrajectorySync sync, TrajectoryImport import)
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
        var firstTime = await IsDatabaseEmptyAsync();
        var structure = await EnsureStructureAsync(ct);
        var staffCreated = await EnsureStaffAsync(structure, ct);
        var added = await AddCasesAsync(structure, cases, progress, ct);
        await SyncTrajectoriesAsync(ct);
        if (firstTime)
        {
            await ImportProviderHistoryAsync(ct);
            await CaseAudits.DemoAudits.SeedAsync(db, ct);
            await Quality.DemoQuality.SeedAsync(db, ct);
            await Sgog.DemoSgog.SeedAsync(db, ct);
            await Feedback.DemoFeedback.SeedAsync(db, ct);
            await Learning.DemoLearning.SeedAsync(db, ct);
            await PracticeGuide.DemoGuide.SeedAsync(db, ct);
            await StaffSurvey.DemoBaselineWave.SeedAsync(db, ct);
            await StaffSurvey.DemoLiveWave.SeedAsync(db, ct);
            await Evaluations.DemoEvaluations.SeedAsync(db, ct);
            await Outcomes.DemoImplementationPlan.SeedAsync(db, ct);
            if (await LiveMapping.DemoLiveMeeting.SeedAsync(db, ct) is { } liveCase)
            {
                await FamilyView.DemoFamilyView.SeedAsync(db, liveCase, ct);
            }
        }
        return new Report(added, staffCreated);
    }

    /// <summary>Every demo case gets its trajectory row, as casework saves would give it.</summary>
    private async Task SyncTrajectoriesAsync(CancellationToken ct)
    {
        var withoutRow = await db.Cases.IgnoreQueryFilters()
            .Where(c => !db.Set<Trajectory>().Any(t => t.CaseId == c.Id)).Select(c => c.Id).ToListAsync(ct);
        foreach (var caseId in withoutRow)
        {
            await sync.SyncAsync(caseId, ct);
        }
    }

    /// <summary>
    /// The provider module's history (seed 000: 370 trajectories of Cirkant, Elegast and VONK), imported
    /// through the ordinary import, so the dashboards show the study's figures in the demo.
    /// </summary>
    private async Task ImportProviderHistoryAsync(CancellationToken ct)
    {
        await using var csv = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        TrajectoryCsvWriter.Write(csv, Seed000Dataset.Generate());
        var outcome = await import.ImportAsync(new StringReader(csv.ToString()), "demo: seed 000", createMissing: true, progress: null, ct);
        if (outcome.Problems.Count > 0)
        {
            throw new InvalidOperationException($"Demo history import failed: {outcome.Problems[0]}");
        }
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
