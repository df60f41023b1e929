namespace Nop.Core.Events;

// Real source: src/Libraries/Nop.Core/Events/EntityUpdatedEvent.cs
public partial class EntityUpdatedEvent<T> where T : BaseEntity
{
    public EntityUpdatedEvent(T entity)
    {
        Entity = entity;
    }

    public T Entity { get; }
}
