using System.Collections.Concurrent;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// Every state change the host's fakes saw, in order: settings, locale resources, permissions, and entity
/// events (EntityInserted/Updated/Deleted) published through the event publisher. Singleton of the host.
/// </summary>
public sealed class WriteLog
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => _entries.ToList();

    public void Record(string source, string description) => _entries.Enqueue($"{source}: {description}");

    public void Clear() => _entries.Clear();
}
