namespace Nop.Core.Domain.Localization;

// Real source: src/Libraries/Nop.Core/Domain/Localization/LocaleStringResource.cs
public partial class LocaleStringResource : BaseEntity
{
    public int LanguageId { get; set; }
    public string ResourceName { get; set; }
    public string ResourceValue { get; set; }
}
