using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Newtonsoft.Json;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// Like nopCommerce's notification service: notifications go, as a JSON list of <see cref="NotifyData"/>, into
/// TempData under <see cref="NopMessageDefaults.NotificationListKey"/>, so they survive a redirect and the admin
/// layout shows them. Each one is also kept in the host's <see cref="NotificationLog"/> for tests.
/// </summary>
public sealed class FakeNotificationService : INotificationService
{
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly ITempDataDictionaryFactory _tempDataDictionaryFactory;
    private readonly NotificationLog _log;

    public FakeNotificationService(IHttpContextAccessor httpContextAccessor, ITempDataDictionaryFactory tempDataDictionaryFactory, NotificationLog log)
    {
        _httpContextAccessor = httpContextAccessor;
        _tempDataDictionaryFactory = tempDataDictionaryFactory;
        _log = log;
    }

    private void Add(NotifyType type, string message, bool encode, int timeout)
    {
        var notification = new NotifyData { Type = type, Message = message, Encode = encode, Timeout = timeout };
        _log.Add(notification);

        var httpContext = _httpContextAccessor.HttpContext;
        if (httpContext == null)
            return;

        var tempData = _tempDataDictionaryFactory.GetTempData(httpContext);
        var list = tempData.TryGetValue(NopMessageDefaults.NotificationListKey, out var stored) && stored != null
            ? JsonConvert.DeserializeObject<List<NotifyData>>(stored.ToString())
            : new List<NotifyData>();
        list.Add(notification);
        tempData[NopMessageDefaults.NotificationListKey] = JsonConvert.SerializeObject(list);
    }

    public void Notification(NotifyType type, string message, bool encode = true, int timeout = 0) => Add(type, message, encode, timeout);

    public void SuccessNotification(string message, bool encode = true, int timeout = 0) => Add(NotifyType.Success, message, encode, timeout);

    public void WarningNotification(string message, bool encode = true, int timeout = 0) => Add(NotifyType.Warning, message, encode, timeout);

    public void ErrorNotification(string message, bool encode = true, int timeout = 0) => Add(NotifyType.Error, message, encode, timeout);

    public Task ErrorNotificationAsync(Exception exception, bool logException = true, int timeout = 0)
    {
        if (exception != null)
            Add(NotifyType.Error, exception.Message, true, timeout);
        return Task.CompletedTask;
    }
}

/// <summary>Every notification sent in the host. Singleton.</summary>
public sealed class NotificationLog
{
    private readonly ConcurrentQueue<NotifyData> _sent = new();

    public IReadOnlyList<NotifyData> Sent => _sent.ToList();

    internal void Add(NotifyData notification) => _sent.Enqueue(notification);

    public void Clear() => _sent.Clear();
}
