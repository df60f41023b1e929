namespace Nop.Core.Domain.Seo;

// Real source: src/Libraries/Nop.Core/Domain/Seo/UrlRecord.cs
public partial class UrlRecord : BaseEntity
{
    public int EntityId { get; set; }

    public string EntityName { get; set; }

    public string Slug { get; set; }

    public bool IsActive { get; set; }

    public int LanguageId { get; set; }
}
