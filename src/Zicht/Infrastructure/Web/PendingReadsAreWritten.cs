using Microsoft.AspNetCore.Mvc.Filters;
using Zicht.Data;

namespace Zicht.Infrastructure.Web;

/// <summary>
/// A case read is recorded as a pending audit line, so a page that then saves a change writes the read
/// and the change in one transaction. When the handler saved nothing (a GET, or a form shown again with
/// its errors), the pending lines are written here, before the page is rendered, through a context of
/// their own: whatever the handler changed in memory and did not save must stay unsaved.
/// </summary>
internal sealed class PendingReadsAreWritten : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        var db = context.HttpContext.RequestServices.GetRequiredService<ZichtDb>();
        if (db.PendingAuditLines.Count == 0 || executed.Exception is not null && !executed.ExceptionHandled)
        {
            return;
        }
        await using var scope = context.HttpContext.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var own = scope.ServiceProvider.GetRequiredService<ZichtDb>();
        own.PendingAuditLines.AddRange(db.PendingAuditLines);
        db.PendingAuditLines.Clear();
        await own.SaveChangesAsync(context.HttpContext.RequestAborted);
    }
}
