using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Logging;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.MerchantOps.Tests.NopFakes;

/// <summary>ILogger keeping what was logged, so tests can read the messages an owner would see in the log.</summary>
public class RecordingLogger : ILogger
{
    public List<(LogLevel Level, string Message)> Entries { get; } = [];

    public IEnumerable<string> Errors => Entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.Message);

    public bool IsEnabled(LogLevel level) => true;

    public Task InsertLogAsync(LogLevel logLevel, string shortMessage, string fullMessage = "", Customer customer = null)
    {
        Entries.Add((logLevel, shortMessage));
        return Task.CompletedTask;
    }

    public Task InformationAsync(string message, Exception exception = null, Customer customer = null) => InsertLogAsync(LogLevel.Information, message);

    public Task WarningAsync(string message, Exception exception = null, Customer customer = null) => InsertLogAsync(LogLevel.Warning, message);

    public Task ErrorAsync(string message, Exception exception = null, Customer customer = null) => InsertLogAsync(LogLevel.Error, message);
}
