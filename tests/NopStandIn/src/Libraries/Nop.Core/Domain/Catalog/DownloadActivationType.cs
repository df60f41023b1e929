namespace Nop.Core.Domain.Catalog;

// Real source: src/Libraries/Nop.Core/Domain/Catalog/DownloadActivationType.cs
public enum DownloadActivationType
{
    WhenOrderIsPaid = 0,
    Manually = 10
}
