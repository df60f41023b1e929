using Microsoft.AspNetCore.Mvc.ModelBinding;
using Nop.Core.Events;
using Nop.Web.Framework.Models;

namespace Nop.Web.Framework.Events;

// Real source: src/Presentation/Nop.Web.Framework/Events/EventPublisherExtensions.cs
public static class EventPublisherExtensions
{
    public static void ModelPrepared(this IEventPublisher eventPublisher, object model) =>
        ModelPreparedAsync(eventPublisher, model).GetAwaiter().GetResult();

    /// <summary>Publishes the event typed as BaseNopModel (or a collection of them); other models publish nothing.</summary>
    public static async Task ModelPreparedAsync(this IEventPublisher eventPublisher, object model)
    {
        if (model is BaseNopModel single)
            await eventPublisher.PublishAsync(new ModelPreparedEvent<BaseNopModel>(single));
        else if (model is IEnumerable<BaseNopModel> many)
            await eventPublisher.PublishAsync(new ModelPreparedEvent<IEnumerable<BaseNopModel>>(many));
    }

    public static async Task ModelReceivedAsync<T>(this IEventPublisher eventPublisher, T model, ModelStateDictionary modelState) =>
        await eventPublisher.PublishAsync(new ModelReceivedEvent<T>(model, modelState));
}
