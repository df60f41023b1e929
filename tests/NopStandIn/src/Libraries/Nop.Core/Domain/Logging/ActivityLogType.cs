namespace Nop.Core.Domain.Logging;

// Real source: src/Libraries/Nop.Core/Domain/Logging/ActivityLogType.cs
public partial class ActivityLogType : BaseEntity
{
    public string SystemKeyword { get; set; }
    public string Name { get; set; }
    public bool Enabled { get; set; }
}
