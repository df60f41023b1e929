using System.Collections.Concurrent;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Logging;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>nopCommerce's log (ILogger) in memory, all levels enabled: tests read what an owner would see in the log.</summary>
public sealed class RecordingLogger : ILogger
{
    private readonly ConcurrentQueue<Log> _entries = new();

    public IReadOnlyList<Log> Entries => _entries.ToList();

    /// <summary>The short messages of the errors (and worse), oldest first.</summary>
    public IEnumerable<string> Errors => _entries.Where(e => e.LogLevel >= LogLevel.Error).Select(e => e.ShortMessage);

    public bool IsEnabled(LogLevel level) => true;

    public Task InsertLogAsync(LogLevel logLevel, string shortMessage, string fullMessage = "", Customer customer = null)
    {
        _entries.Enqueue(new Log
        {
            LogLevel = logLevel, ShortMessage = shortMessage, FullMessage = fullMessage, CustomerId = customer?.Id, CreatedOnUtc = DateTime.UtcNow
        });
        return Task.CompletedTask;
    }

    public Task InformationAsync(string message, Exception exception = null, Customer customer = null) =>
        InsertLogAsync(LogLevel.Information, message, exception?.ToString() ?? string.Empty, customer);

    public Task WarningAsync(string message, Exception exception = null, Customer customer = null) =>
        InsertLogAsync(LogLevel.Warning, message, exception?.ToString() ?? string.Empty, customer);

    public Task ErrorAsync(string message, Exception exception = null, Customer customer = null) =>
        InsertLogAsync(LogLevel.Error, message, exception?.ToString() ?? string.Empty, customer);
}
