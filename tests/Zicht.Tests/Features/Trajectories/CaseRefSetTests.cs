using Xunit;
using Zicht.Features.Trajectories;

namespace Zicht.Tests.Features.Trajectories;

/// <summary>The import's compact set of (organisation, case_ref) pairs finds exactly the pairs seen before.</summary>
public class CaseRefSetTests
{
    [Fact]
    public void A_pair_is_new_once_per_organisation_across_buffer_chunks()
    {
        var set = new CaseRefSet();
        Guid a = Guid.NewGuid(), b = Guid.NewGuid();
        var random = new Random(3);
        var expected = new HashSet<(Guid, string)>();
        for (var i = 0; i < 300_000; i++) // about 3.6 million characters: several chunks
        {
            var organisation = random.Next(2) == 0 ? a : b;
            var caseRef = $"R-{random.Next(200_000)}";
            Assert.Equal(expected.Add((organisation, caseRef)), set.Add(organisation, caseRef));
        }
        Assert.True(set.Add(a, "r-1")); // case_ref is compared exactly, as the unique index does
        Assert.False(set.Add(a, "r-1"));
        Assert.True(set.Add(a, ""));
        Assert.False(set.Add(a, ""));
        Assert.True(set.Add(b, new string('x', 64)));
        Assert.False(set.Add(b, new string('x', 64)));
    }
}
