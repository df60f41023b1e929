using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Events;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>Every event published, and every exception a consumer threw (and that was swallowed).</summary>
public sealed class EventLog
{
    private readonly ConcurrentQueue<object> _events = new();
    private readonly ConcurrentQueue<Exception> _consumerErrors = new();

    public IReadOnlyList<object> Events => _events.ToArray();

    public IReadOnlyList<Exception> ConsumerErrors => _consumerErrors.ToArray();

    public IEnumerable<T> OfType<T>() => _events.OfType<T>();

    internal void Add(object @event) => _events.Enqueue(@event);

    internal void AddError(Exception exception) => _consumerErrors.Enqueue(exception);

    /// <summary>Forgets the events (the consumer errors stay).</summary>
    public void ClearEvents() => _events.Clear();

    public void Clear()
    {
        _events.Clear();
        _consumerErrors.Clear();
    }
}

/// <summary>
/// nopCommerce's IEventPublisher for tests, the one of the data tests (<see cref="Data.TestDatabase"/>,
/// <see cref="StoreApp"/>) and of the web host (<see cref="Web.PluginTestHost"/>, one per request). It records every
/// event in its <see cref="EventLog"/>, then hands it to the consumers: the handlers subscribed for its type
/// (<see cref="Subscribe{TEvent}"/>) and, when it was given a container, every <c>IConsumer&lt;TEvent&gt;</c>
/// registered there (exact closed type), as nopCommerce calls them. Like nopCommerce's publisher, a consumer's
/// exception does not reach the publisher's caller: it is kept in <see cref="ConsumerErrors"/> (nopCommerce logs it).
/// Given a <see cref="WriteLog"/>, entity events (inserted, updated, deleted) are also recorded there as writes.
/// </summary>
public sealed class RecordingEventPublisher : IEventPublisher
{
    private static readonly Type[] EntityEvents = [typeof(EntityInsertedEvent<>), typeof(EntityUpdatedEvent<>), typeof(EntityDeletedEvent<>)];

    private readonly ConcurrentQueue<(Type EventType, Func<object, Task> Handle)> _handlers = new();
    private readonly IServiceProvider _consumers;
    private readonly WriteLog _writes;

    /// <summary>A publisher of its own: only subscribed handlers hear its events.</summary>
    public RecordingEventPublisher() : this(new EventLog())
    {
    }

    /// <param name="log">Where the events go (the web host shares one log between its requests' publishers).</param>
    /// <param name="consumers">The container whose <c>IConsumer&lt;TEvent&gt;</c> registrations hear every event; null: none.</param>
    /// <param name="writes">Where entity events are recorded as writes; null: nowhere.</param>
    public RecordingEventPublisher(EventLog log, IServiceProvider consumers = null, WriteLog writes = null)
    {
        Log = log;
        _consumers = consumers;
        _writes = writes;
    }

    public EventLog Log { get; }

    public IReadOnlyList<object> Events => Log.Events;

    public IReadOnlyList<Exception> ConsumerErrors => Log.ConsumerErrors;

    public IReadOnlyList<TEvent> Published<TEvent>() => Log.OfType<TEvent>().ToList();

    /// <summary>Hands every later event of type <typeparamref name="TEvent"/> (or derived) to <paramref name="handler"/>.</summary>
    public void Subscribe<TEvent>(Func<TEvent, Task> handler) =>
        _handlers.Enqueue((typeof(TEvent), @event => handler((TEvent)@event)));

    /// <summary>Forgets the events published so far (the consumer errors stay).</summary>
    public void Clear() => Log.ClearEvents();

    public async Task PublishAsync<TEvent>(TEvent @event)
    {
        Log.Add(@event);

        var type = typeof(TEvent);
        if (_writes != null && type.IsGenericType && EntityEvents.Contains(type.GetGenericTypeDefinition()))
            _writes.Record("entity event", $"{type.Name.Split('`')[0]}<{type.GetGenericArguments()[0].Name}>");

        foreach (var (eventType, handle) in _handlers)
        {
            if (eventType.IsInstanceOfType(@event))
                await HandleAsync(() => handle(@event));
        }

        if (_consumers == null)
            return;

        foreach (var consumer in _consumers.GetServices<IConsumer<TEvent>>())
            await HandleAsync(() => consumer.HandleEventAsync(@event));
    }

    public void Publish<TEvent>(TEvent @event) => PublishAsync(@event).GetAwaiter().GetResult();

    private async Task HandleAsync(Func<Task> handle)
    {
        try
        {
            await handle();
        }
        catch (Exception exception)
        {
            Log.AddError(exception);
        }
    }
}
