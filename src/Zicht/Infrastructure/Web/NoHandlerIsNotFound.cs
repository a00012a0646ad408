using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Zicht.Infrastructure.Web;

/// <summary>
/// A POST (or other verb) to a page that has no handler for it answers 404, instead of rendering the
/// page without having loaded (and authorised) anything.
/// </summary>
internal sealed class NoHandlerIsNotFound : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod is null && !HttpMethods.IsGet(context.HttpContext.Request.Method) && !HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            context.Result = new NotFoundResult();
            return;
        }
        await next();
    }
}
