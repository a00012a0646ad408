using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Zicht.Infrastructure.Localisation;

namespace Zicht.Features.Shared;

/// <summary>
/// Friendly page for errors and status codes. 403 and 404 read the same, so a refusal never tells
/// whether a case exists. Unexpected errors are logged with the trace id and route pattern only.
/// </summary>
[IgnoreAntiforgeryToken]
public class ErrorModel(IStringLocalizer<SharedText> t, ILogger<ErrorModel> logger) : PageModel
{
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";
    public string? TraceId { get; private set; }

    public void OnGet(int? code) => Describe(code);
    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (failure is not null)
        {
            TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
            // Type, route and stack only: an exception message can quote user input (names, notes), and a
            // path can hold a secret (a feedback link's one-time token), so the route pattern stands for it.
            var route = (failure.Endpoint as Microsoft.AspNetCore.Routing.RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
            logger.LogError("Unhandled {ExceptionType} on {Route}, trace {TraceId}\n{StackTrace}",
                failure.Error.GetType().FullName, route, TraceId, failure.Error.StackTrace);
            Title = t["Something went wrong"];
            Message = t["Your work up to the last save is safe. Please try again; if it keeps happening, contact the helpdesk with the reference below."];
            return;
        }
        (Title, Message) = code switch
        {
            403 or 404 => (t["Page not found"], t["This page does not exist or you do not have access to it."].Value),
            429 => (t["Too many requests"], t["Please wait a moment and try again."].Value),
            400 => (t["The request could not be processed"], t["The form may have expired. Go back, reload the page and try again."].Value),
            _ => (t["Something went wrong"], t["Please try again."].Value),
        };
        if (code == 403)
        {
            Response.StatusCode = 404;
        }
    }
}
