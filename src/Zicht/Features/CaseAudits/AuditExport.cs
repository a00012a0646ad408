using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Zicht.Features.CaseAudits;

/// <summary>
/// The two CSV files of formats/audits.md, exactly. Only audits with both scorings submitted come in
/// (<see cref="AuditFigures"/>); no names, no case references, no free text; <c>audit</c> is a number
/// given in start order, stable within one export only.
/// </summary>
public static class AuditExport
{
    public static readonly string[] AuditsHeader = ["audit", "closed", "team", "principle", "question", "worker_score", "reviewer_score"];

    public static readonly string[] AgreementHeader = ["principle", "audits", "pairs", "mean_worker", "mean_reviewer", "mean_gap", "within_one_percent", "weighted_kappa"];

    public static List<string[]> AuditRows(IReadOnlyList<ScoredAudit> audits, Func<Guid, string> teamName) =>
        audits.SelectMany((a, i) => a.Questions.Select(q => new[]
        {
            (i + 1).ToString(CultureInfo.InvariantCulture), a.Closed ? "true" : "false", Text(teamName(a.TeamId)),
            q.Principle, q.Question, Int(q.Worker), Int(q.Reviewer),
        })).ToList();

    public static List<string[]> AgreementRows(IReadOnlyList<ScoredAudit> audits, IReadOnlyList<string> principles) =>
        principles.Select(p => Row(p, audits, q => q.Principle == p)).Append(Row("all", audits, _ => true)).ToList();

    private static string[] Row(string code, IReadOnlyList<ScoredAudit> audits, Func<QuestionPair, bool> which)
    {
        var scored = audits.Select(a => a.Questions.Where(q => which(q) && q.Scored).Select(q => (q.Worker!.Value, q.Reviewer!.Value)).ToList())
            .Where(pairs => pairs.Count > 0).ToList();
        var f = RaterAgreement.Compute(scored.SelectMany(p => p).ToList());
        return
        [
            code, scored.Count.ToString(CultureInfo.InvariantCulture), f.Pairs.ToString(CultureInfo.InvariantCulture),
            One(f.MeanWorker), One(f.MeanReviewer), One(f.MeanGap), One(f.WithinOnePercent),
            f.WeightedKappa is { } k ? (Math.Round(k, 2, MidpointRounding.AwayFromZero) + 0.0).ToString("0.00", CultureInfo.InvariantCulture) : "",
        ];
    }

    public static void Write(TextWriter text, string[] header, IEnumerable<string[]> rows)
    {
        using var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }, leaveOpen: true);
        foreach (var line in rows.Prepend(header))
        {
            foreach (var cell in line)
            {
                csv.WriteField(cell);
            }
            csv.NextRecord();
        }
    }

    private static string Int(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string One(double? v) => v is { } x ? (Math.Round(x, 1, MidpointRounding.AwayFromZero) + 0.0).ToString("0.0", CultureInfo.InvariantCulture) : "";

    /// <summary>Team names come from imported files: a leading = + - @ is escaped so a spreadsheet never runs it as a formula.</summary>
    private static string Text(string s) => s.Length > 0 && "=+-@\t\r".Contains(s[0]) ? "'" + s : s;
}
