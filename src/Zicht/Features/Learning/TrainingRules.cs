using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Features.Learning;

/// <summary>Where one person stands against one required kind of course.</summary>
public sealed record RequirementState(CourseKind Kind, DateOnly? DueOn, TrainingStatus? Status, DateOnly? On)
{
    public bool Met => Status == TrainingStatus.Followed;
    public bool Overdue(DateOnly today) => !Met && DueOn is { } due && due < today;
}

/// <summary>A person's training as the requirements see it.</summary>
public sealed record PersonTraining(Guid StaffId, string Name, DateOnly? StartedOn, IReadOnlyList<RequirementState> Required);

/// <summary>
/// The role requirements (a setting, PROPOSAL default: the basic training within 6 months of starting, seed
/// 001:3802–3805) applied to people. Pure: unit-tested without a database.
/// </summary>
public static class TrainingRules
{
    public sealed record Record(CourseKind Kind, TrainingStatus Status, DateOnly? On);

    public static IReadOnlyList<RequirementState> Apply(IEnumerable<RoleRequirement> requirements, IReadOnlyCollection<string> roles, DateOnly? startedOn, IReadOnlyCollection<Record> records) =>
        requirements.Where(r => roles.Contains(r.Role)).GroupBy(r => r.Kind)
            .Select(g =>
            {
                var months = g.Min(r => r.WithinMonths);
                // The best a person has for the kind: followed beats planned beats waiting.
                var best = records.Where(x => x.Kind == g.Key).OrderByDescending(x => x.Status).ThenBy(x => x.On).FirstOrDefault();
                return new RequirementState(g.Key, startedOn?.AddMonths(months), best?.Status, best?.On);
            })
            .OrderBy(s => s.Kind).ToList();

    /// <summary>"New colleagues without basic training yet": someone with a required course not followed.</summary>
    public static bool WithoutRequired(PersonTraining p) => p.Required.Any(r => !r.Met);

    /// <summary>Training state of these people (names included: only for themselves, their team lead and the planner).</summary>
    public static async Task<List<PersonTraining>> ForAsync(ZichtDb db, IReadOnlyCollection<Guid> staffIds, CancellationToken ct)
    {
        var ids = staffIds.ToList();
        var requirements = await db.Set<RoleRequirement>().AsNoTracking().ToListAsync(ct);
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        var roles = (await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ids.Contains(ur.UserId) select new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(r => r.UserId, r => r.Name!);
        var starts = await db.Set<StaffStart>().AsNoTracking().Where(s => ids.Contains(s.StaffId)).ToDictionaryAsync(s => s.StaffId, s => s.StartedOn, ct);
        var records = (await db.Set<TrainingRecord>().AsNoTracking().Where(r => ids.Contains(r.StaffId))
            .Select(r => new { r.StaffId, r.Course!.Kind, r.Status, r.On }).ToListAsync(ct)).ToLookup(r => r.StaffId, r => new Record(r.Kind, r.Status, r.On));
        return people.OrderBy(p => p.DisplayName).Select(p =>
        {
            var started = starts.TryGetValue(p.Id, out var s) ? s : (DateOnly?)null;
            return new PersonTraining(p.Id, p.DisplayName, started, Apply(requirements, roles[p.Id].ToList(), started, records[p.Id].ToList()));
        }).ToList();
    }
}
