using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Zicht.Infrastructure.Localisation;

/// <summary>Dutch (nl-BE) by default, English second; the choice is kept in a cookie.</summary>
public static class LocalisationSetup
{
    public static readonly CultureInfo[] Cultures = [new("nl-BE"), new("en-GB")];

    public static IServiceCollection AddZichtLocalisation(this IServiceCollection services)
    {
        services.AddSingleton<JsonStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizerFactory>(sp => sp.GetRequiredService<JsonStringLocalizerFactory>());
        services.AddSingleton(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("nl-BE");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        return services;
    }

    public static IMvcBuilder AddZichtViewLocalisation(this IMvcBuilder mvc)
    {
        mvc.AddDataAnnotationsLocalization(o =>
            o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedText)));
        mvc.Services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((o, factory) =>
        {
            var t = factory.Create(typeof(SharedText));
            var m = o.ModelBindingMessageProvider;
            m.SetValueIsInvalidAccessor(v => t["The value '{0}' is not valid.", v]);
            m.SetAttemptedValueIsInvalidAccessor((v, f) => t["The value '{0}' is not valid for {1}.", v, f]);
            m.SetValueMustBeANumberAccessor(f => t["{0} must be a number.", f]);
            m.SetMissingBindRequiredValueAccessor(f => t["{0} is required.", f]);
            m.SetValueMustNotBeNullAccessor(f => t["{0} is required.", f]);
            m.SetMissingKeyOrValueAccessor(() => t["A value is required."]);
            m.SetUnknownValueIsInvalidAccessor(f => t["The value for {0} is not valid.", f]);
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(v => t["The value '{0}' is not valid.", v]);
            m.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["The value is not valid."]);
            m.SetNonPropertyValueMustBeANumberAccessor(() => t["The field must be a number."]);
        });
        return mvc;
    }

    /// <summary>
    /// POST /taal {culture, returnUrl}: switch language. A missing or bad antiforgery token is a 400 (not a
    /// 500), and a return URL that is not plainly local goes to the start page.
    /// </summary>
    public static void MapLanguageSwitch(this WebApplication app) =>
        app.MapPost("/taal", async (HttpContext http, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery) =>
        {
            if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest();
            }
            var form = await http.Request.ReadFormAsync();
            RememberCulture(http, form["culture"]);
            string? returnUrl = form["returnUrl"];
            return Results.Redirect(IsPlainLocal(returnUrl) ? returnUrl! : "/");
        }).AllowAnonymous().DisableAntiforgery();

    /// <summary>Remembers the chosen language (one of <see cref="Cultures"/>, else Dutch) for the next requests.</summary>
    public static void RememberCulture(HttpContext http, string? culture)
    {
        var chosen = Cultures.FirstOrDefault(c => c.Name == culture) ?? Cultures[0];
        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Secure = http.Request.IsHttps });
    }

    /// <summary>A path on this site: one leading slash, no scheme, no second slash or backslash, no control characters.</summary>
    public static bool IsPlainLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.Length <= 2000 && url[0] == '/' && (url.Length == 1 || url[1] is not ('/' or '\\'))
        && !url.Any(c => char.IsControl(c) || c == '\\');
}
