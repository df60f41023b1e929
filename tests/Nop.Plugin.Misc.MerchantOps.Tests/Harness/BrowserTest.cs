using Microsoft.Playwright;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness;

/// <summary>
/// Base of every browser test: Debian's chromium (apt-get install chromium) driven by Playwright without downloading
/// a browser, started once per class; before each test a fresh <typeparamref name="TSite"/> (<see cref="StartSiteAsync"/>)
/// and a page of a fresh browser context on it; after each test the page's console is written to the test output and
/// both are disposed. When chromium cannot start, the class's tests are ignored on a developer's machine and fail on
/// CI (CI=true), saying why. A derived class adds its own [SetUp] for what it seeds (NUnit runs the base's first).
/// </summary>
[NonParallelizable]
public abstract class BrowserTest<TSite> where TSite : class, ITestSite
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--autoplay-policy=no-user-gesture-required"
    ];

    private IPlaywright _playwright;
    private IBrowser _chromium;

    /// <summary>The site of the running test.</summary>
    protected TSite Web { get; private set; }

    /// <summary>The page of the running test, with what it recorded (dialogs, console, beeps).</summary>
    protected BrowserPage Browser { get; private set; }

    protected IPage Page => Browser.Page;

    /// <summary>Starts the site one test browses (seeded by the derived class's own [SetUp] if need be).</summary>
    protected abstract Task<TSite> StartSiteAsync();

    [OneTimeSetUp]
    public async Task StartChromiumAsync()
    {
        try
        {
            if (!File.Exists(ExecutablePath))
                throw new FileNotFoundException($"{ExecutablePath} does not exist (apt-get install -y chromium).");

            _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
            _chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments
            });
        }
        catch (Exception exception) when (exception is not NUnit.Framework.Internal.NUnitException and not ResultStateException)
        {
            _playwright?.Dispose();
            _playwright = null;
            var message = $"Chromium could not start for the browser tests: {exception.GetType().Name}: {exception.Message}";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                Assert.Fail(message);
            Assert.Ignore(message);
            throw;
        }
    }

    [OneTimeTearDown]
    public async Task StopChromiumAsync()
    {
        if (_chromium != null)
            await _chromium.DisposeAsync();
        _playwright?.Dispose();
    }

    [SetUp]
    public async Task StartSiteAndPageAsync()
    {
        Web = await StartSiteAsync();
        Browser = await OpenAsync(Web.BaseAddress);
    }

    [TearDown]
    public async Task StopSiteAndPageAsync()
    {
        if (Browser != null)
        {
            TestContext.Out.WriteLine(string.Join("\n", Browser.Console));
            await Browser.DisposeAsync();
            Browser = null;
        }
        if (Web != null)
        {
            await Web.DisposeAsync();
            Web = null;
        }
    }

    /// <summary>A page of a fresh context (own cookies) that records dialogs and every beep the page plays.</summary>
    private async Task<BrowserPage> OpenAsync(Uri baseAddress)
    {
        var context = await _chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
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
}
