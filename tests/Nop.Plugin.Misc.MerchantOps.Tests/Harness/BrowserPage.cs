using Microsoft.Playwright;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness;

/// <summary>A browser test's page and what it recorded: the dialogs it opened (dismissed) and its console lines.</summary>
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
