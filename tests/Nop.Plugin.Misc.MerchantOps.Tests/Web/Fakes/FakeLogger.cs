using System.Collections.Concurrent;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Logging;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web.Fakes;

/// <summary>nopCommerce's log in memory (all levels enabled). Singleton.</summary>
public sealed class FakeLogger : ILogger
{
    private readonly ConcurrentQueue<Log> _entries = new();

    public IReadOnlyList<Log> Entries => _entries.ToList();

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
