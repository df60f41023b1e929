namespace Nop.Core.Domain.Orders;

// Real source: src/Libraries/Nop.Core/Domain/Orders/OrderNote.cs
public partial class OrderNote : BaseEntity
{
    public int OrderId { get; set; }
    public string Note { get; set; }
    public int DownloadId { get; set; }
    public bool DisplayToCustomer { get; set; }
    public DateTime CreatedOnUtc { get; set; }
}
