using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Cli;

namespace Zicht.Features.CaseAudits;

/// <summary><c>zicht export audits</c> and <c>zicht export audit-agreement</c> (formats/audits.md). Full rights, like every export command; audited.</summary>
internal static class AuditExportCommands
{
    public static void AddTo(RootCommand root)
    {
        var export = FeatureCli.Group(root, "export", "Export figures (CSV per ../shared/formats/exports.md and audits.md, or XLSX when --out ends in .xlsx).");
        export.Subcommands.Add(Build("audits", "Write audits.csv: both scores per scaling question of every audit with two submitted scorings."));
        export.Subcommands.Add(Build("audit-agreement", "Write audit-agreement.csv: rater agreement per principle and overall."));
    }

    private static Command Build(string kind, string description)
    {
        var from = new Option<string?>("--from") { Description = "Audits started on or after this date (YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "… and on or before this date." };
        var output = new Option<FileInfo?>("--out") { Description = "File to write; standard output when left out." };
        var command = new Command(kind, description) { from, to, output };
        command.SetAction((parse, ct) => FeatureCli.RunAsync($"export {kind}", async (sp, token) =>
        {
            if (parse.GetValue(output) is { Extension: var extension } && !extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("audit exports are CSV only: give --out a .csv file.");
            }
            var audits = await sp.GetRequiredService<AuditFigures>().ScoredAsync(Date(parse.GetValue(from), "--from"), Date(parse.GetValue(to), "--to"), null, token);
            var db = sp.GetRequiredService<ZichtDb>();
            List<string[]> rows;
            if (kind == "audits")
            {
                var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, token);
                rows = AuditExport.AuditRows(audits, id => teams.GetValueOrDefault(id, ""));
            }
            else
            {
                var (_, template) = await sp.GetRequiredService<AuditTemplateStore>().CurrentAsync(token);
                rows = AuditExport.AgreementRows(audits, template.Principles.Select(p => p.Code).ToList());
            }
            var header = kind == "audits" ? AuditExport.AuditsHeader : AuditExport.AgreementHeader;
            if (parse.GetValue(output) is { } file)
            {
                await using var writer = new StreamWriter(file.FullName);
                AuditExport.Write(writer, header, rows);
            }
            else
            {
                AuditExport.Write(Console.Out, header, rows);
                await Console.Out.FlushAsync(token);
            }
            db.RecordAudit(AuditActions.Export, kind, null, null, $"{audits.Count} audits; from {parse.GetValue(from) ?? "-"} to {parse.GetValue(to) ?? "-"}");
            await db.SaveChangesAsync(token);
            return 0;
        }, ct));
        return command;
    }

    private static DateOnly? Date(string? value, string option) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new InvalidOperationException($"{option} must be a date in the form YYYY-MM-DD.");
}
