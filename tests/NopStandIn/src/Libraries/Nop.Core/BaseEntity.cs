namespace Nop.Core;

// Real source: src/Libraries/Nop.Core/BaseEntity.cs
public abstract partial class BaseEntity
{
    public int Id { get; set; }
}
