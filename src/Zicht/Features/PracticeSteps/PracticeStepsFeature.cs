using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Zicht.Data;
using Zicht.Features.ChildVoice;
using Zicht.Features.CoreData;
using Zicht.Features.Mapping;
using Zicht.Features.Network;
using Zicht.Features.SafetyPlans;
using Zicht.Features.WordsAndPictures;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.PracticeSteps;

/// <summary>
/// The 13 steps derived from the records, and the case's trajectory row that follows them: any save
/// that changes a record the row is derived from re-derives the row in that same transaction.
/// </summary>
internal sealed class PracticeStepsFeature : IFeature
{
    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CaseTrajectorySync>();
    }

    public void AddCommands(RootCommand root) => root.Subcommands.Add(SyncTrajectoriesCommand.Create());

    private sealed class TrajectoryFollowsRecords : IDerivedRows
    {
        /// <summary>What <see cref="CaseTrajectorySync"/> and <see cref="CaseRecordsLoader"/> read; nothing else moves the row.</summary>
        private static readonly HashSet<Type> DerivedFrom =
        [
            typeof(Case), typeof(CasePerson), typeof(MappingVersion), typeof(ChildVoiceRecord), typeof(WordsAndPicturesDocument),
            typeof(SafetyPlan), typeof(SafetyPlanVersion), typeof(MonitoringEntry), typeof(NetworkMeeting),
            typeof(WorkerRecordedStep), typeof(OutOfHomePlacement), typeof(CrisisIntervention),
        ];

        public DerivedWork? Plan(ZichtDb db, IReadOnlyList<EntityEntry> changes)
        {
            var cases = new HashSet<Guid>();
            foreach (var entry in changes.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                if (DerivedFrom.Contains(entry.Metadata.ClrType))
                {
                    // Before the save: a removed record is detached afterwards, and a case id never changes.
                    cases.Add(entry.Entity is Case c ? c.Id : ((ICaseOwned)entry.Entity).CaseId);
                }
            }
            if (cases.Count == 0)
            {
                return null;
            }
            return new DerivedWork(AfterSave: async ct =>
            {
                var sync = new CaseTrajectorySync(db);
                foreach (var caseId in cases)
                {
                    await sync.SyncAsync(caseId, ct);
                }
            });
        }
    }
}
