namespace Nop.Core.Domain.Common;

// Real source: src/Libraries/Nop.Core/Domain/Common/ISoftDeletedEntity.cs
public partial interface ISoftDeletedEntity
{
    bool Deleted { get; set; }
}
