using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Zicht.Features.Surveys;

namespace Zicht.Features.Feedback.Public;

/// <summary>
/// The respondent's page behind a one-time link: no account, no case details, phone first. Unknown,
/// used and expired links all get the same kind message and the same status.
/// </summary>
[EnableRateLimiting(SurveysSetup.PublicRateLimit)]
public class AnswerModel(FeedbackInvitations invitations, FeedbackSubmission submission, InstrumentStore instruments) : PageModel
{
    public Instrument Instrument { get; private set; } = null!;
    public Audience Respondent { get; private set; }
    public Dictionary<string, string> Current { get; private set; } = [];
    public List<string> Missing { get; private set; } = [];
    public bool Saved { get; private set; }
    public bool? Consent { get; private set; }
    public bool Gone { get; private set; }

    /// <summary>Why a submission was not taken (nothing stored, the link still works), or null.</summary>
    public SubmitResult? Refused { get; private set; }
    public string? Email { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        var invitation = await invitations.FindOpenAsync(token, ct);
        if (invitation is null)
        {
            return GonePage();
        }
        await LoadAsync(invitation, ct);
        Current = Answers.Parse(invitation.DraftAnswers);
        // Back from a language switch: the answers are in the draft, the consent and address were carried over.
        Consent = TempData["Consent"] is string consent ? bool.Parse(consent) : null;
        Email = TempData["Email"] as string;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, string? action, bool? consent, string? email, CancellationToken ct)
    {
        var invitation = await invitations.FindOpenAsync(token, ct);
        if (invitation is null)
        {
            return GonePage();
        }
        await LoadAsync(invitation, ct);
        Current = Answers.FromForm(Instrument, Request.Form);
        Consent = consent;
        Email = email;
        if (Request.Form["language"] is [{ } language])
        {
            // Switching language halfway keeps everything: the answers as a draft (like "save"), the
            // consent and address for one request only, and then the same page in the other language.
            await submission.SaveDraftAsync(invitation, Current, ct);
            TempData["Consent"] = consent?.ToString();
            TempData["Email"] = email;
            Zicht.Infrastructure.Localisation.LocalisationSetup.RememberCulture(HttpContext, language);
            return Redirect(Request.Path);
        }
        if (action == "save")
        {
            await submission.SaveDraftAsync(invitation, Current, ct);
            Saved = true;
            return Page();
        }
        var result = await submission.SubmitAsync(invitation, Instrument, Current, consent, email, ct);
        if (result is SubmitResult.Incomplete or SubmitResult.Empty or SubmitResult.Invalid or SubmitResult.BadEmail)
        {
            Refused = result;
            Missing = result == SubmitResult.Invalid ? Answers.Invalid(Instrument, Current) : Answers.Check(Instrument, Current).MissingRequired;
            if (result == SubmitResult.Invalid)
            {
                // Show the form without the values that were not allowed, so they are chosen again.
                Current = Current.Where(a => !Missing.Contains(a.Key)).ToDictionary();
            }
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        return RedirectToPage("/Feedback/Public/Thanks");
    }

    private async Task LoadAsync(FeedbackInvitation invitation, CancellationToken ct)
    {
        Instrument = await instruments.GetAsync(invitation.InstrumentVersionId, ct);
        Respondent = invitation.Respondent;
    }

    private PageResult GonePage()
    {
        Gone = true;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
