using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Security;
using Nop.Core.Domain.Seo;
using Nop.Core.Domain.Stores;

namespace Nop.Core.Domain.Topics;

// Real source: src/Libraries/Nop.Core/Domain/Topics/Topic.cs (IMetaTagsSupported is not in the stand-in)
public partial class Topic : BaseEntity, ILocalizedEntity, ISlugSupported, IStoreMappingSupported, IAclSupported
{
    public string SystemName { get; set; }
    public bool IncludeInSitemap { get; set; }
    public int DisplayOrder { get; set; }
    public bool AccessibleWhenStoreClosed { get; set; }
    public bool IsPasswordProtected { get; set; }
    public string Password { get; set; }
    public string Title { get; set; }
    public string Body { get; set; }
    public bool Published { get; set; }
    public int TopicTemplateId { get; set; }
    public string MetaKeywords { get; set; }
    public string MetaDescription { get; set; }
    public string MetaTitle { get; set; }
    public bool SubjectToAcl { get; set; }
    public bool LimitedToStores { get; set; }
    public DateTime? AvailableStartDateTimeUtc { get; set; }
    public DateTime? AvailableEndDateTimeUtc { get; set; }
}
