using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Casework;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.SafetyScales;

public sealed class ScoreInput
{
    [Required(ErrorMessage = "Give a score from 0 to 10.")]
    [Range(SafetyScore.Min, SafetyScore.Max, ErrorMessage = "The score must be between 0 and 10.")]
    public int? Score { get; set; }
    public ScorerRole ScorerRole { get; set; }

    [Required(ErrorMessage = "Say who gave the score.")]
    [StringLength(100, ErrorMessage = "At most {1} characters.")]
    public string? ScorerName { get; set; }

    [Required(ErrorMessage = "Give the date of the score.")]
    public DateOnly? ScoredOn { get; set; }

    [StringLength(1000, ErrorMessage = "At most {1} characters.")]
    public string? Note { get; set; }

    public bool SharedWithParents { get; set; }
}

/// <summary>Safety scales: one short form to add a score; trend per person as a chart with the numbers beside it.</summary>
public class IndexModel(CaseworkServices services) : CaseworkPageModel(services)
{
    [BindProperty] public ScoreInput Input { get; set; } = new();
    public ScaleTrend Trend { get; private set; } = new([]);
    public List<SafetyScore> Scores { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Read, "SafetyScore"))
        {
            return NotFound();
        }
        Input.ScoredOn = Today;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "SafetyScore"))
        {
            return NotFound();
        }
        CheckDate("Input.ScoredOn", Input.ScoredOn);
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        Db.Add(new SafetyScore { CaseId = id, Score = Input.Score!.Value, ScorerRole = Input.ScorerRole, ScorerName = Input.ScorerName!.Trim(), ScoredOn = Input.ScoredOn!.Value, Note = Input.Note, SharedWithParents = Input.SharedWithParents });
        if (!await SaveAsync(T["Someone else changed the scores. Try again."]))
        {
            await LoadAsync();
            return Page();
        }
        TempData["Flash"] = T["Score {0} of {1} saved.", Input.Score!.Value, Input.ScorerName!].Value;
        return Redirect($"/dossiers/{id}/schalen#add-score");
    }

    /// <summary>A score given by mistake is removed (and audited); a changed view is a new score on a new date.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid recordId)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "SafetyScore"))
        {
            return NotFound();
        }
        if (!await RemoveAsync<SafetyScore>(recordId, null, T["Someone else changed the scores. Try again."]))
        {
            await LoadAsync();
            return Page();
        }
        return Redirect($"/dossiers/{id}/schalen#all-scores");
    }

    private async Task LoadAsync()
    {
        Scores = await Db.Set<SafetyScore>().AsNoTracking().Where(s => s.CaseId == Case.Id).OrderByDescending(s => s.ScoredOn).ThenBy(s => s.ScorerName).ToListAsync();
        Trend = new ScaleTrend(Scores);
    }
}
