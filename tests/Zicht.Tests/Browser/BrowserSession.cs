using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Zicht.Tests.Browser;

/// <summary>
/// Debian's headless Chromium driven by Playwright (never a downloaded browser), against a
/// <see cref="ZichtServer"/> on a real port. Pages are checked with axe as the journey goes.
/// One Chromium serves the whole test run; each session is a fresh browser context (its own cookies,
/// storage and cache, as a separate browser would have), closed when the session ends.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private static readonly Lazy<Task<IBrowser>> Chromium = new(LaunchAsync);
    private readonly IBrowserContext _context;
    public IPage Page { get; }

    /// <summary>The browser context, e.g. to take the connection away (SetOfflineAsync).</summary>
    public IBrowserContext Context => _context;

    private BrowserSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    private static async Task<IBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("ZICHT_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            browser.CloseAsync().GetAwaiter().GetResult();
            playwright.Dispose();
        };
        return browser;
    }

    public static async Task<BrowserSession> OpenAsync(string baseUrl, bool phone = false, bool javaScript = true)
    {
        var browser = await Chromium.Value;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = phone,
            HasTouch = phone,
            Locale = "nl-BE",
            JavaScriptEnabled = javaScript,
        });
        // Generous: the suite shares two cores with the server, PostgreSQL and Chromium; a slow step is not a failure.
        context.SetDefaultTimeout(30000);
        Assertions.SetDefaultExpectTimeout(15000);
        return new BrowserSession(context, await context.NewPageAsync());
    }

    /// <summary>Fails on serious or critical accessibility violations of the current page.</summary>
    public async Task AssertAccessibleAsync()
    {
        var result = await Page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))})").ToList();
        Assert.True(serious.Count == 0, $"axe on {Page.Url}:\n{string.Join("\n", serious)}");
    }

    public async Task SignInAsync(string userName, string password = TestData.Password)
    {
        await Page.GotoAsync("/aanmelden");
        await Page.GetByLabel("Gebruikersnaam").FillAsync(userName);
        await Page.GetByLabel("Wachtwoord").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
        // Signed in once the sign-out button shows. Not WaitForURLAsync: when the URL has already changed it
        // waits for a "load" event that Playwright's client can miss, and then hangs for the whole timeout.
        await ExpectAsync(() => Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" })).ToBeVisibleAsync(), $"signing in as {userName}");
        await Assertions.Expect(Page).Not.ToHaveURLAsync(SignInPage);
    }

    public async Task SignOutAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await ExpectAsync(() => Assertions.Expect(Page).ToHaveURLAsync(SignInPage), "signing out");
        await Assertions.Expect(Page.GetByLabel("Gebruikersnaam")).ToBeVisibleAsync();
    }

    private static readonly System.Text.RegularExpressions.Regex SignInPage = new("/aanmelden(\\?|$)");

    /// <summary>Runs an expectation; when it fails, says where the browser was and what it showed.</summary>
    private async Task ExpectAsync(Func<Task> expectation, string doing)
    {
        try
        {
            await expectation();
        }
        catch (Exception e)
        {
            string text;
            try
            {
                text = await Page.Locator("body").InnerTextAsync(new() { Timeout = 5000 });
            }
            catch (Exception unreadable) when (unreadable is PlaywrightException or TimeoutException)
            {
                text = $"(unreadable: {unreadable.Message})";
            }

            throw new InvalidOperationException($"Stuck {doing} at {Page.Url}; the page shows:\n{text[..Math.Min(text.Length, 1500)]}", e);
        }
    }

    /// <summary>With ZICHT_SCREENSHOTS=dir set, saves what the user sees (used for the README).</summary>
    public async Task ScreenshotForDocsAsync(string name)
    {
        if (Environment.GetEnvironmentVariable("ZICHT_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
        }
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();
}
