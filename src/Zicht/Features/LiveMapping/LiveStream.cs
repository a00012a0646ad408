using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.LiveMapping;

/// <summary>
/// The live channel: server-sent events that say "the board changed". Each stream reads the board's
/// stamp from the database twice a second, so a change made through any app node reaches every viewer
/// on any node without sticky sessions or a message bus. The page then reloads its board. A stream ends
/// after a minute (the browser reconnects), which keeps proxies and idle timeouts out of the way.
/// Without JavaScript the page refreshes itself instead (decision 062).
/// </summary>
internal static class LiveStream
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(55);

    public static void Map(WebApplication app)
    {
        app.MapGet("/dossiers/{id:guid}/overleg/{meetingId:guid}/stroom", async (Guid id, Guid meetingId, HttpContext http, ZichtDb db, CaseAccess access, LiveMeetings meetings) =>
        {
            // The stream carries no case data, only a stamp; the board it triggers is audited when loaded.
            var found = await db.Cases.Include(c => c.Assignments).Include(c => c.Partnerships).FirstOrDefaultAsync(c => c.Id == id, http.RequestAborted);
            if (found is null || !await access.AllowsAsync(found, CaseOperation.Read)
                || !await db.Set<LiveMeeting>().AnyAsync(m => m.Id == meetingId && m.CaseId == id, http.RequestAborted))
            {
                return Results.NotFound();
            }
            await StreamAsync(http, meetings, meetingId);
            return Results.Empty;
        }).RequireAuthorization(Policies.CaseWork);

        app.MapGet("/doe-mee/stroom", async (HttpContext http, LiveMeetings meetings) =>
        {
            if (await meetings.FindParticipantAsync(http.Request.Cookies[LiveMeetings.ParticipantCookie], http.RequestAborted) is not { } found)
            {
                return Results.NotFound();
            }
            await StreamAsync(http, meetings, found.Meeting.Id);
            return Results.Empty;
        }).AllowAnonymous().RequireRateLimiting(LiveMappingFeature.ParticipantRateLimit);
    }

    private static async Task StreamAsync(HttpContext http, LiveMeetings meetings, Guid meetingId)
    {
        var ct = http.RequestAborted;
        http.Response.ContentType = "text/event-stream";
        // Proxies (nginx, YARP) must pass each event on at once.
        http.Response.Headers["X-Accel-Buffering"] = "no";
        await http.Response.WriteAsync("retry: 1000\n\n", ct);
        await http.Response.Body.FlushAsync(ct);
        var last = "";
        var until = DateTime.UtcNow + Lifetime;
        try
        {
            while (!ct.IsCancellationRequested && DateTime.UtcNow < until)
            {
                var stamp = await meetings.StampAsync(meetingId, ct);
                if (stamp != last)
                {
                    await http.Response.WriteAsync($"data: {stamp}\n\n", ct);
                    await http.Response.Body.FlushAsync(ct);
                    last = stamp;
                }
                if (stamp.EndsWith('x'))
                {
                    break;
                }
                await Task.Delay(Poll, ct);
            }
        }
        catch (OperationCanceledException)
        {
            // The viewer left.
        }
    }
}
