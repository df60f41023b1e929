using Microsoft.Playwright;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing.Web;

/// <summary>
/// Debian's chromium (apt-get install chromium), driven by Playwright without downloading a browser. When it cannot
/// start, browser tests are ignored on a developer's machine and fail on CI (CI=true), saying why.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--autoplay-policy=no-user-gesture-required"
    ];

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        Playwright = playwright;
        Browser = browser;
    }

    public IPlaywright Playwright { get; }

    public IBrowser Browser { get; }

    public static async Task<Chromium> StartAsync()
    {
        IPlaywright playwright = null;
        try
        {
            if (!File.Exists(ExecutablePath))
                throw new FileNotFoundException($"{ExecutablePath} does not exist (apt-get install -y chromium).");

            playwright = await Microsoft.Playwright.Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments
            });
            return new Chromium(playwright, browser);
        }
        catch (Exception exception) when (exception is not NUnit.Framework.Internal.NUnitException and not ResultStateException)
        {
            playwright?.Dispose();
            var message = $"Chromium could not start for the browser tests: {exception.GetType().Name}: {exception.Message}";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                Assert.Fail(message);
            Assert.Ignore(message);
            throw;
        }
    }

    /// <summary>A page of a fresh context (own cookies) that records dialogs and every beep the page plays.</summary>
    public async Task<BrowserPage> OpenAsync(Uri baseAddress)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        await context.AddInitScriptAsync(BeepSpy);
        var page = await context.NewPageAsync();
        // CI machines are shared: a slow answer is not a failure, a missing one is.
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        var result = new BrowserPage(context, page);
        page.Dialog += async (_, dialog) =>
        {
            result.Dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        page.Console += (_, message) => result.Console.Add($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => result.Console.Add($"pageerror: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
                result.Console.Add($"{response.Status}: {response.Url}");
        };
        return result;
    }

    /// <summary>Records each oscillator the page starts (type and frequency) in window.__beeps.</summary>
    private const string BeepSpy = """
        window.__beeps = [];
        (function () {
            var Original = window.AudioContext;
            if (!Original) return;
            window.AudioContext = function () {
                var context = new Original();
                var create = context.createOscillator.bind(context);
                context.createOscillator = function () {
                    var oscillator = create();
                    var start = oscillator.start.bind(oscillator);
                    oscillator.start = function (when) {
                        window.__beeps.push({ type: oscillator.type, frequency: oscillator.frequency.value });
                        return start(when);
                    };
                    return oscillator;
                };
                return context;
            };
        })();
        """;

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
    }
}

public sealed class BrowserPage : IAsyncDisposable
{
    public BrowserPage(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; }
    public List<string> Dialogs { get; } = new();
    public List<string> Console { get; } = new();

    public Task<string> FocusedIdAsync() => Page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.id : null");

    public Task<string[]> BeepTypesAsync() => Page.EvaluateAsync<string[]>("() => window.__beeps.map(b => b.type)");

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
