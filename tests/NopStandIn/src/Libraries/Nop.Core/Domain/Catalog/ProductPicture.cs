namespace Nop.Core.Domain.Catalog;

// Real source: src/Libraries/Nop.Core/Domain/Catalog/ProductPicture.cs (table Product_Picture_Mapping)
public partial class ProductPicture : BaseEntity
{
    public int ProductId { get; set; }
    public int PictureId { get; set; }
    public int DisplayOrder { get; set; }
}
