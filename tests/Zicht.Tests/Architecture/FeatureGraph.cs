namespace Zicht.Tests.Architecture;

/// <summary>Strongly connected components (Tarjan) of a dependency graph: each one with more than one node is a cycle.</summary>
public static class FeatureGraph
{
    public static List<List<string>> Cycles(IReadOnlyDictionary<string, HashSet<string>> edges)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<List<string>>();
        var next = 0;

        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in edges.TryGetValue(v, out var ws) ? ws : [])
            {
                if (!index.TryGetValue(w, out var seen))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], seen);
                }
            }
            if (low[v] != index[v])
            {
                return;
            }
            var component = new List<string>();
            string x;
            do
            {
                x = stack.Pop();
                onStack.Remove(x);
                component.Add(x);
            }
            while (x != v);
            if (component.Count > 1)
            {
                cycles.Add(component);
            }
        }

        foreach (var v in edges.Keys.Where(v => !index.ContainsKey(v)).ToList())
        {
            Visit(v);
        }
        return cycles;
    }

    [Fact]
    public static void A_cycle_is_found_and_a_chain_is_not()
    {
        Assert.Single(Cycles(new Dictionary<string, HashSet<string>> { ["a"] = ["b"], ["b"] = ["c"], ["c"] = ["a"] }));
        Assert.Empty(Cycles(new Dictionary<string, HashSet<string>> { ["a"] = ["b"], ["b"] = ["c"] }));
    }
}
