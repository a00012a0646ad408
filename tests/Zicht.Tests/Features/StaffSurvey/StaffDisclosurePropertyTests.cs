using CsCheck;
using Zicht.Features.StaffSurvey;
using Zicht.Tests.Features.Dashboard.Disclosure;

namespace Zicht.Tests.Features.StaffSurvey;

/// <summary>
/// Generated waves with small background groups and small teams. Every figure any reader of one item can
/// see (overall, each role, service and region group, each team) is listed; no hidden figure, nor a small
/// group of staff without a team, may be a linear combination of the shown ones (checked exactly with
/// <see cref="ExactSpan"/>, independently of the production code), and every group below the minimum is hidden.
/// </summary>
public class StaffDisclosurePropertyTests
{
    private const int Minimum = 5;
    private static readonly Guid[] Teams = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];

    private static readonly Gen<List<StaffResponse>> Wave =
        from combos in Gen.Select(Gen.Int[1, 3], Gen.Int[1, 2], Gen.Int[1, 3], Gen.Int[0, 3], Gen.Frequency((3, Gen.Int[1, 3]), (1, Gen.Int[4, 12]))).Array[1, 14]
        select (List<StaffResponse>)[.. combos.SelectMany(c => Enumerable.Range(0, c.Item5).Select(_ => new StaffResponse
        {
            Id = Guid.NewGuid(),
            Role = c.Item1,
            Service = c.Item2,
            Region = c.Item3,
            TeamId = c.Item4 == 0 ? null : Teams[c.Item4 - 1],
            Answers = "{}",
        }))];

    [Fact]
    public void No_hidden_staff_figure_is_a_linear_combination_of_the_shown_ones()
    {
        Wave.Sample(responses =>
        {
            var protection = StaffDisclosure.Protect(responses, Minimum);
            var atoms = responses.Select(r => (r.Role, r.Service, r.Region, r.TeamId)).Distinct().ToList();
            List<int> Of(Func<StaffResponse, bool> member) =>
                [.. atoms.Select((a, i) => (a, i)).Where(x => responses.Any(r => (r.Role, r.Service, r.Region, r.TeamId) == x.a && member(r))).Select(x => x.i)];
            var figures = new List<(string Name, List<int> Atoms, int Size, bool Shown)>
            {
                ("overall", Of(_ => true), responses.Count, protection.Overall),
            };
            foreach (var grouping in Enum.GetValues<StaffGrouping>())
            {
                foreach (var value in responses.Select(r => Value(r, grouping)).Distinct())
                {
                    figures.Add(($"{grouping} {value}", Of(r => Value(r, grouping) == value), responses.Count(r => Value(r, grouping) == value),
                        protection.GroupShown(grouping, value)));
                }
            }
            foreach (var team in responses.Select(r => r.TeamId).OfType<Guid>().Distinct())
            {
                figures.Add(($"team {team}", Of(r => r.TeamId == team), responses.Count(r => r.TeamId == team), protection.TeamShown(team)));
            }
            var span = new ExactSpan(atoms.Count);
            foreach (var f in figures.Where(f => f.Shown))
            {
                span.Add(f.Atoms);
            }
            foreach (var f in figures)
            {
                if (f.Size < Minimum && f.Shown)
                {
                    throw new InvalidOperationException($"{f.Name} has {f.Size} answers and is shown");
                }
                if (!f.Shown && span.Contains(f.Atoms))
                {
                    throw new InvalidOperationException($"{f.Name} is hidden but recoverable from the shown figures");
                }
            }
            var withoutTeam = responses.Count(r => r.TeamId is null);
            if (withoutTeam is > 0 and < Minimum && span.Contains(Of(r => r.TeamId is null)))
            {
                throw new InvalidOperationException($"the {withoutTeam} staff without a team are recoverable");
            }
        }, iter: 150);
    }

    [Fact]
    public void The_classic_case_overall_minus_the_shown_group_is_closed()
    {
        // Five caseworkers and one team lead: showing the overall figure and the caseworkers would give
        // the team lead's answer away; one of the two must go.
        var responses = Enumerable.Range(0, 6).Select(i => new StaffResponse { Id = Guid.NewGuid(), Role = i < 5 ? 1 : 3, Service = 1, Region = 1, Answers = "{}" }).ToList();
        var protection = StaffDisclosure.Protect(responses, Minimum);
        Assert.False(protection.GroupShown(StaffGrouping.Role, 3));
        Assert.False(protection.Overall && protection.GroupShown(StaffGrouping.Role, 1));
        // All in one service and region: those groups equal the overall figure and reveal nothing more.
        Assert.Equal(protection.Overall, protection.GroupShown(StaffGrouping.Service, 1));
    }

    [Fact]
    public void The_research_export_background_is_k_anonymous_and_only_ever_blanked()
    {
        var rows = Gen.Select(Gen.Int[1, 4], Gen.Int[1, 3], Gen.Int[1, 5], Gen.Int[0, 4]).Array[5, 60];
        rows.Sample(generated =>
        {
            var input = generated.Select(g => new int?[] { g.Item1, g.Item2, g.Item3, g.Item4 == 0 ? null : g.Item4 }).ToList();
            var output = StaffExport.Coarsen(input, Minimum);
            Assert.Equal(input.Count, output.Length);
            Assert.All(output.GroupBy(r => string.Join('|', r)), g => Assert.True(g.Count() >= Minimum, $"{g.Key} holds {g.Count()}"));
            for (var i = 0; i < input.Count; i++)
            {
                for (var c = 0; c < 4; c++)
                {
                    Assert.True(output[i][c] is null || output[i][c] == input[i][c]);
                }
            }
        }, iter: 200);
    }

    private static int Value(StaffResponse r, StaffGrouping grouping) => grouping switch
    {
        StaffGrouping.Role => r.Role,
        StaffGrouping.Service => r.Service,
        _ => r.Region,
    };
}
