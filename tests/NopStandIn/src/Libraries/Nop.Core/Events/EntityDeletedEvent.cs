namespace Nop.Core.Events;

// Real source: src/Libraries/Nop.Core/Events/EntityDeletedEvent.cs
public partial class EntityDeletedEvent<T> where T : BaseEntity
{
    public EntityDeletedEvent(T entity)
    {
        Entity = entity;
    }

    public T Entity { get; }
}
