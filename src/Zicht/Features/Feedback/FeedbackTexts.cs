using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Surveys;
using Zicht.Features.Surveys.Statistics;
using Zicht.Infrastructure.Audit;

namespace Zicht.Features.Feedback;

/// <summary>One open answer waiting to be released, with a hint when it looks like it names a person or place.</summary>
public sealed record PendingText(Guid ResponseId, string ItemKey, string Question, string Text, bool LooksPersonal);

/// <summary>
/// Free text in feedback is released by a team lead before any report shows it (issue 8): they read
/// each answer of a batch the team's report would show, remove a name, an address or a story that
/// points at one family, and release the batch at once. The edit replaces the stored text (the
/// original is not kept: what was redacted is gone). The responses stay unaudited, as every feedback
/// response is (they must not be linked to anyone); one audit line records who released how many.
/// </summary>
public sealed partial class FeedbackTexts(ZichtDb db, InstrumentStore instruments, TimeProvider clock)
{
    /// <summary>Texts of this team that a report would show, not yet released.</summary>
    public async Task<List<PendingText>> PendingAsync(Guid teamId, int minimum, CancellationToken ct = default)
    {
        var versions = await db.Set<InstrumentVersion>().AsNoTracking().Select(v => new { v.Id, v.Key }).ToDictionaryAsync(v => v.Id, v => v.Key, ct);
        var rows = await db.Set<FeedbackResponse>().AsNoTracking().Where(r => r.TeamId == teamId)
            .Select(r => new { r.Id, r.InstrumentVersionId, r.Period, r.Answers, r.TextsReleased }).ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var pending = new List<PendingText>();
        // Per questionnaire, as the report releases them: finished quarters, in batches, team shown.
        foreach (var perInstrument in rows.GroupBy(r => versions[r.InstrumentVersionId]))
        {
            var released = FeedbackRelease.Released(perInstrument.ToList(), r => r.Period, today, minimum);
            if (!SmallGroups.IsShown(released.Count, minimum))
            {
                continue;
            }
            foreach (var row in released.Where(r => !r.TextsReleased).OrderBy(r => r.Period).ThenBy(r => r.Id))
            {
                var instrument = await instruments.GetAsync(row.InstrumentVersionId, ct);
                var answers = Answers.Parse(row.Answers);
                foreach (var item in instrument.AllItems.Where(i => i.Kind == ItemKind.Open))
                {
                    if (answers.GetValueOrDefault(item.Key) is { Length: > 0 } text)
                    {
                        pending.Add(new PendingText(row.Id, item.Key, item.Text.Current, text, LooksPersonal(text)));
                    }
                }
            }
        }
        return pending;
    }

    /// <summary>
    /// Releases every text still pending, each as edited (an empty edit removes the answer). Texts that
    /// another lead released in the meantime are left as that lead released them.
    /// </summary>
    public async Task<(int Released, int Redacted)> ReleaseAsync(Guid teamId, IReadOnlyDictionary<(Guid, string), string> edits, int minimum, CancellationToken ct = default)
    {
        var pending = await PendingAsync(teamId, minimum, ct);
        var ids = pending.Select(p => p.ResponseId).Distinct().ToList();
        var responses = await db.Set<FeedbackResponse>().Where(r => ids.Contains(r.Id) && !r.TextsReleased).ToListAsync(ct);
        var redacted = 0;
        foreach (var response in responses)
        {
            var answers = Answers.Parse(response.Answers);
            foreach (var text in pending.Where(p => p.ResponseId == response.Id))
            {
                if (!edits.TryGetValue((text.ResponseId, text.ItemKey), out var edited))
                {
                    continue;
                }
                edited = edited.Trim();
                if (edited == text.Text)
                {
                    continue;
                }
                redacted++;
                if (edited.Length == 0)
                {
                    answers.Remove(text.ItemKey);
                }
                else
                {
                    answers[text.ItemKey] = edited.Length > 2000 ? edited[..2000] : edited;
                }
            }
            response.Answers = Answers.Write(answers);
            response.TextsReleased = true;
        }
        db.RecordAudit(AuditActions.Update, "FeedbackTexts", teamId.ToString(), null,
            $"{pending.Count(p => responses.Any(r => r.Id == p.ResponseId))} open answers released, {redacted} of them redacted");
        await db.SaveChangesAsync(ct);
        return (responses.Count, redacted);
    }

    /// <summary>
    /// A hint, not a filter: a street with a number, a postcode and place, a phone number or an e-mail
    /// address. Names cannot be told from other words reliably; the lead reads every text anyway.
    /// </summary>
    public static bool LooksPersonal(string text) => Personal().IsMatch(text);

    [GeneratedRegex(@"\p{Lu}\p{Ll}+(straat|laan|lei|plein|weg|dreef|baan|hof|dijk|kaai|markt|vest|pad|veld|berg)\s+\d+|\b[1-9]\d{3}\s+\p{Lu}\p{Ll}+|(\+32|\b0)\s?\d{1,3}([\s./]?\d{2}){3}\b|\S+@\S+\.\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Personal();
}
