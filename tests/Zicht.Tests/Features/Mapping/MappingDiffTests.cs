using Zicht.Features.Mapping;

namespace Zicht.Tests.Features.Mapping;

public class MappingDiffTests
{
    private static StatementSnapshot S(int n, string text, MappingSection section = MappingSection.DangerStatement) =>
        new(new Guid(n, 0, 0, new byte[8]), section, text, Speaker.Worker, null);

    [Fact]
    public void Added_removed_changed_and_unchanged_statements_are_told_apart_by_id()
    {
        var older = new[] { S(1, "a"), S(2, "b"), S(3, "c") };
        var newer = new[] { S(1, "a"), S(2, "b, scherper verwoord"), S(4, "d") };

        var diff = MappingDiff.Compare(older, newer);

        Assert.Equal("d", Assert.Single(diff.Added).Text);
        Assert.Equal("c", Assert.Single(diff.Removed).Text);
        var (before, after) = Assert.Single(diff.Changed);
        Assert.Equal(("b", "b, scherper verwoord"), (before.Text, after.Text));
        Assert.Equal(1, diff.Unchanged);
    }

    [Fact]
    public void A_statement_moved_to_another_heading_counts_as_changed()
    {
        var diff = MappingDiff.Compare([S(1, "a", MappingSection.PastHarm)], [S(1, "a", MappingSection.ComplicatingFactor)]);
        Assert.Single(diff.Changed);
    }

    [Fact]
    public void Freezing_a_version_sets_the_flags_step_derivation_reads()
    {
        var version = new MappingVersion();
        version.Freeze([S(1, "gevaar"), S(2, "doel", MappingSection.SafetyGoal), S(3, "kracht", MappingSection.ExistingStrength)], [Speaker.Team]);

        Assert.True(version.HasDangerStatement && version.HasSafetyGoal && version.HasStrength);
        Assert.False(version.HasExistingSafety);
        Assert.False(version.WithFamilyOrNetwork);
        Assert.Equal(3, version.StatementCount);
        Assert.Equal(3, version.Statements().Count);

        version.Freeze([], [Speaker.NetworkMember]);
        Assert.True(version.WithFamilyOrNetwork);
    }
}
