namespace Nop.Core.Domain.Security;

// Real source: src/Libraries/Nop.Core/Domain/Security/PermissionRecord.cs
public partial class PermissionRecord : BaseEntity
{
    public string Name { get; set; }
    public string SystemName { get; set; }
    public string Category { get; set; }
}
