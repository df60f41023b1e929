using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Events;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web.Fakes;

/// <summary>Every event published in the host, and every exception a consumer threw (and that was swallowed). Singleton.</summary>
public sealed class EventLog
{
    private readonly ConcurrentQueue<object> _events = new();
    private readonly ConcurrentQueue<Exception> _consumerErrors = new();

    public IReadOnlyList<object> Events => _events.ToList();

    public IReadOnlyList<Exception> ConsumerErrors => _consumerErrors.ToList();

    public IEnumerable<T> OfType<T>() => _events.OfType<T>();

    internal void Add(object @event) => _events.Enqueue(@event);

    internal void AddError(Exception exception) => _consumerErrors.Enqueue(exception);

    public void Clear()
    {
        _events.Clear();
        _consumerErrors.Clear();
    }
}

/// <summary>
/// nopCommerce's event publisher for the test host: calls every IConsumer&lt;TEvent&gt; registered in the request's
/// container (exact closed type), swallowing (but recording) consumer exceptions as nopCommerce does. Entity events
/// (EntityInserted/Updated/Deleted) are also logged as writes.
/// </summary>
public sealed class RecordingEventPublisher : IEventPublisher
{
    private static readonly Type[] EntityEvents = [typeof(EntityInsertedEvent<>), typeof(EntityUpdatedEvent<>), typeof(EntityDeletedEvent<>)];

    private readonly IServiceProvider _services;
    private readonly EventLog _events;
    private readonly WriteLog _writes;

    public RecordingEventPublisher(IServiceProvider services, EventLog events, WriteLog writes)
    {
        _services = services;
        _events = events;
        _writes = writes;
    }

    public async Task PublishAsync<TEvent>(TEvent @event)
    {
        _events.Add(@event);

        var type = typeof(TEvent);
        if (type.IsGenericType && EntityEvents.Contains(type.GetGenericTypeDefinition()))
            _writes.Record("entity event", $"{type.Name.Split('`')[0]}<{type.GetGenericArguments()[0].Name}>");

        foreach (var consumer in _services.GetServices<IConsumer<TEvent>>())
        {
            try
            {
                await consumer.HandleEventAsync(@event);
            }
            catch (Exception exception)
            {
                _events.AddError(exception);
            }
        }
    }

    public void Publish<TEvent>(TEvent @event) => PublishAsync(@event).GetAwaiter().GetResult();
}
