namespace Nop.Core.Domain.Logging;

// Real source: src/Libraries/Nop.Core/Domain/Logging/ActivityLog.cs
public partial class ActivityLog : BaseEntity
{
    public int ActivityLogTypeId { get; set; }
    public int? EntityId { get; set; }
    public string EntityName { get; set; }
    public int CustomerId { get; set; }
    public string Comment { get; set; }
    public DateTime CreatedOnUtc { get; set; }
    public virtual string IpAddress { get; set; }
}
