namespace Nop.Core.Events;

// Real source: src/Libraries/Nop.Core/Events/IEventPublisher.cs
public partial interface IEventPublisher
{
    Task PublishAsync<TEvent>(TEvent @event);
    void Publish<TEvent>(TEvent @event);
}
