namespace Zicht.Infrastructure.Web;

internal static class SecurityHeaders
{
    public static Task Add(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers["X-Content-Type-Options"] = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Frame-Options"] = "DENY";
        headers["Content-Security-Policy"] =
            "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
        // Case pages must not linger in shared browser caches.
        headers.CacheControl = "no-store";
        return next();
    }
}
