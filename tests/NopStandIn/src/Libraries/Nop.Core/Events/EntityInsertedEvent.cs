namespace Nop.Core.Events;

// Real source: src/Libraries/Nop.Core/Events/EntityInsertedEvent.cs
public partial class EntityInsertedEvent<T> where T : BaseEntity
{
    public EntityInsertedEvent(T entity)
    {
        Entity = entity;
    }

    public T Entity { get; }
}
