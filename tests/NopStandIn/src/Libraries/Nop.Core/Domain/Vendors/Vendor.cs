using Nop.Core.Domain.Common;
using Nop.Core.Domain.Localization;

namespace Nop.Core.Domain.Vendors;

// Real source: src/Libraries/Nop.Core/Domain/Vendors/Vendor.cs (subset of columns the plugin reads)
public partial class Vendor : BaseEntity, ILocalizedEntity, ISoftDeletedEntity
{
    public string Name { get; set; }
    public string Email { get; set; }
    public string Description { get; set; }
    public int PictureId { get; set; }
    public int AddressId { get; set; }
    public string AdminComment { get; set; }
    public bool Active { get; set; }
    public bool Deleted { get; set; }
    public int DisplayOrder { get; set; }
}
