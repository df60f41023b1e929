namespace Nop.Core.Domain.Catalog;

// Real source: src/Libraries/Nop.Core/Domain/Catalog/GiftCardType.cs
public enum GiftCardType
{
    Virtual = 0,
    Physical = 1
}
