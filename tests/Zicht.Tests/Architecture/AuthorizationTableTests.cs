using System.Text;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Architecture;

/// <summary>
/// docs/authorization.md is generated from the code: the policy table from <see cref="Policies"/>, the
/// case table from the pure rule <see cref="CaseAccess.Allows(CaseScope, CaseAccessFacts, CaseOperation)"/>.
/// When the code changes, this test fails; <c>ZICHT_WRITE_DOCS=1</c> makes it write the new tables into the file.
/// </summary>
public class AuthorizationTableTests
{
    private static readonly string Doc = Path.Combine(RepoRoot(), "docs", "authorization.md");

    [Fact]
    public void The_policy_table_in_the_docs_is_the_one_in_the_code() => Check("policies", PolicyTable());

    [Fact]
    public void The_case_table_in_the_docs_is_what_the_case_rule_decides() => Check("cases", CaseTable());

    private static void Check(string section, string expected)
    {
        if (Environment.GetEnvironmentVariable("ZICHT_WRITE_DOCS") == "1")
        {
            var doc = File.ReadAllText(Doc).ReplaceLineEndings("\n");
            var (start, end) = Bounds(doc, section);
            File.WriteAllText(Doc, doc[..start] + expected + doc[end..]);
        }
        Assert.Equal(expected, Section(section));
    }

    public static string PolicyTable()
    {
        var text = new StringBuilder("| policy | what it allows | roles |\n|---|---|---|\n");
        foreach (var p in Policies.All)
        {
            text.Append($"| `{p.Name}` | {p.What} | {string.Join(", ", p.Roles)} |\n");
        }
        return text.ToString();
    }

    /// <summary>Per role and relation to the case, the operations the rule allows.</summary>
    public static string CaseTable()
    {
        var team = Guid.NewGuid();
        var me = Guid.NewGuid();
        var myOrganisation = Guid.NewGuid();
        var relations = new (string Name, CaseAccessFacts Facts)[]
        {
            ("a case of a team they belong to (lead of)", new(team, Guid.NewGuid(), [], [])),
            ("a case they are responsible for or co-work", new(Guid.NewGuid(), me, [], [])),
            ("a case their organisation is partnered on", new(Guid.NewGuid(), Guid.NewGuid(), [], [myOrganisation])),
            ("any other case", new(Guid.NewGuid(), Guid.NewGuid(), [], [])),
        };
        var text = new StringBuilder("| role | relation to the case | " + string.Join(" | ", Enum.GetNames<CaseOperation>()) + " |\n|---|---|" +
            string.Concat(Enum.GetNames<CaseOperation>().Select(_ => "---|")) + "\n");
        foreach (var role in Roles.All)
        {
            var scope = new CaseScope
            {
                StaffId = me,
                SeesTeamCases = Roles.CaseTeamRoles.Contains(role),
                TeamIds = Roles.CaseTeamRoles.Contains(role) ? [team] : [],
                LeadTeamIds = role == Roles.TeamLead ? [team] : [],
                SeesPartneredCases = role == Roles.ContextWorker,
                OrganisationId = myOrganisation,
            };
            foreach (var (name, facts) in relations)
            {
                var allowed = Enum.GetValues<CaseOperation>().Select(o => CaseAccess.Allows(scope, facts, o) ? "yes" : "—");
                text.Append($"| {role} | {name} | {string.Join(" | ", allowed)} |\n");
            }
        }
        return text.ToString();
    }

    private static string Section(string name)
    {
        var doc = File.ReadAllText(Doc).ReplaceLineEndings("\n");
        var (start, end) = Bounds(doc, name);
        return doc[start..end];
    }

    private static (int Start, int End) Bounds(string doc, string name)
    {
        var start = doc.IndexOf($"<!-- {name}:start -->\n", StringComparison.Ordinal);
        var end = doc.IndexOf($"<!-- {name}:end -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/authorization.md lacks the {name} markers");
        return (start + $"<!-- {name}:start -->\n".Length, end);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Zicht.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Zicht.slnx not found above the test binaries.");
    }
}
