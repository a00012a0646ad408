using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Zicht.Features.Mapping;
using Zicht.Infrastructure.Localisation;

namespace Zicht.Features.LiveMapping.Public;

/// <summary>
/// Joining a live meeting without an account: the code, a name, who you are. Unknown, expired and closed
/// codes all get the same answer; attempts are limited per address.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(LiveMappingFeature.JoinRateLimit)]
public class JoinModel(LiveMeetings meetings, IStringLocalizer<SharedText> T) : PageModel
{
    public static readonly Speaker[] Roles = [Speaker.Parent, Speaker.Child, Speaker.NetworkMember, Speaker.Partner, Speaker.Team];

    [BindProperty, Required(ErrorMessage = "Type the code you see on the screen.")]
    public string? Code { get; set; }

    [BindProperty, Required(ErrorMessage = "Write your name."), StringLength(100, ErrorMessage = "At most {1} characters.")]
    public string? Name { get; set; }

    [BindProperty] public Speaker Role { get; set; } = Speaker.Parent;

    public void OnGet(string? code) => Code = code;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Roles.Contains(Role))
        {
            Role = Speaker.Parent;
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var meeting = await meetings.FindByCodeAsync(Code, ct);
        if (meeting is null)
        {
            ModelState.AddModelError(nameof(Code), T["This code does not work. It may have expired, or the meeting is closed. Ask for the code on the screen."]);
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        var token = await meetings.JoinAsync(meeting, Name!, Role, ct);
        Response.Cookies.Append(LiveMeetings.ParticipantCookie, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = Request.IsHttps,
            Path = "/doe-mee",
            MaxAge = TimeSpan.FromHours(12),
        });
        return Redirect("/doe-mee/overleg");
    }
}
