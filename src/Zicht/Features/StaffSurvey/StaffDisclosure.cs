using Zicht.Infrastructure.Disclosure;

namespace Zicht.Features.StaffSurvey;

/// <summary>Which of one item's figures may be shown: the overall one, each background group, each team.</summary>
public sealed class StaffCells(bool overall, IReadOnlyDictionary<(StaffGrouping, int), bool> groups, IReadOnlyDictionary<Guid, bool> teams)
{
    public bool Overall => overall;

    public bool GroupShown(StaffGrouping grouping, int value) => groups.GetValueOrDefault((grouping, value));

    public bool TeamShown(Guid team) => teams.GetValueOrDefault(team);
}

/// <summary>
/// Disclosure control for the staff survey (docs/privacy.md, issue 8). For one item, every figure that
/// anybody can see is listed together: the overall distribution (results, barometer), the groups by role,
/// service and region (the comparison, which a reader switches between), and each team's figures (its
/// team lead). A group below the minimum is hidden, and <see cref="CellSuppression"/> then hides more
/// until no hidden group comes back as "overall minus the groups shown", or as any other sum and
/// difference across the three groupings and the teams. The atoms are the respondents' combinations of
/// role, service, region and team; the staff without a team (or in several) form no figure of their
/// own, but when they are few they are protected like a hidden group. One publication for every reader:
/// two readers comparing notes learn nothing more than one.
/// </summary>
public static class StaffDisclosure
{
    public static StaffCells Protect(IReadOnlyList<StaffResponse> answered, int minimum)
    {
        var atoms = answered.GroupBy(r => (r.Role, r.Service, r.Region, r.TeamId))
            .Select((g, i) => (Key: g.Key, Index: i, Size: g.Count())).ToList();
        var cells = new List<Cell>();
        var primary = new List<bool>();
        void Add(Func<(int Role, int Service, int Region, Guid? TeamId), bool> member)
        {
            var inCell = atoms.Where(a => member(a.Key)).ToList();
            var size = inCell.Sum(a => a.Size);
            cells.Add(new Cell([.. inCell.Select(a => a.Index)], size));
            primary.Add(size > 0 && size < Math.Max(1, minimum));
        }

        Add(_ => true);
        var groupKeys = new List<(StaffGrouping, int)>();
        foreach (var grouping in Enum.GetValues<StaffGrouping>())
        {
            foreach (var value in atoms.Select(a => ValueOf(a.Key, grouping)).Distinct().Order())
            {
                groupKeys.Add((grouping, value));
                Add(k => ValueOf(k, grouping) == value);
            }
        }
        var teamIds = atoms.Select(a => a.Key.TeamId).OfType<Guid>().Distinct().Order().ToList();
        foreach (var team in teamIds)
        {
            Add(k => k.TeamId == team);
        }
        var withoutTeam = atoms.Where(a => a.Key.TeamId is null).Sum(a => a.Size);
        if (withoutTeam > 0 && withoutTeam < minimum)
        {
            Add(k => k.TeamId is null); // never shown, but "overall minus the teams" must not give it
        }

        var hidden = CellSuppression.Protect(atoms.Count, cells, primary);
        var groups = groupKeys.Select((key, i) => (key, shown: !hidden[1 + i])).ToDictionary(x => x.key, x => x.shown);
        var teams = teamIds.Select((team, i) => (team, shown: !hidden[1 + groupKeys.Count + i])).ToDictionary(x => x.team, x => x.shown);
        return new StaffCells(!hidden[0] && answered.Count >= Math.Max(1, minimum), groups, teams);
    }

    private static int ValueOf((int Role, int Service, int Region, Guid? TeamId) key, StaffGrouping grouping) => grouping switch
    {
        StaffGrouping.Role => key.Role,
        StaffGrouping.Service => key.Service,
        _ => key.Region,
    };
}
