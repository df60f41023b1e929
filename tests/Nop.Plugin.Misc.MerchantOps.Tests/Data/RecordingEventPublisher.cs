using System.Collections.Concurrent;
using Nop.Core.Events;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>
/// IEventPublisher that records every published event and passes it to the handlers subscribed for its type.
/// Like nopCommerce's publisher, a handler's exception does not reach the publisher's caller; it is kept in
/// <see cref="HandlerErrors"/> instead (nopCommerce logs it).
/// </summary>
public sealed class RecordingEventPublisher : IEventPublisher
{
    private readonly ConcurrentQueue<object> _events = new();
    private readonly ConcurrentQueue<Exception> _handlerErrors = new();
    private readonly ConcurrentQueue<(Type EventType, Func<object, Task> Handle)> _handlers = new();

    public IReadOnlyList<object> Events => _events.ToArray();

    public IReadOnlyList<Exception> HandlerErrors => _handlerErrors.ToArray();

    public IReadOnlyList<TEvent> Published<TEvent>() => _events.OfType<TEvent>().ToList();

    public void Subscribe<TEvent>(Func<TEvent, Task> handler) =>
        _handlers.Enqueue((typeof(TEvent), @event => handler((TEvent)@event)));

    public void Clear() => _events.Clear();

    public async Task PublishAsync<TEvent>(TEvent @event)
    {
        _events.Enqueue(@event);

        foreach (var (eventType, handle) in _handlers)
        {
            if (!eventType.IsInstanceOfType(@event))
                continue;

            try
            {
                await handle(@event);
            }
            catch (Exception exception)
            {
                _handlerErrors.Enqueue(exception);
            }
        }
    }

    public void Publish<TEvent>(TEvent @event) => PublishAsync(@event).GetAwaiter().GetResult();
}
