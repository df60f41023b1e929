using Nop.Core.Events;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;

/// <summary>An event publisher with no consumers, so benchmarks measure the data access alone.</summary>
public sealed class NullEventPublisher : IEventPublisher
{
    public Task PublishAsync<TEvent>(TEvent @event) => Task.CompletedTask;

    public void Publish<TEvent>(TEvent @event)
    {
    }
}
