namespace Nop.Core.Domain.Localization;

// Real source: src/Libraries/Nop.Core/Domain/Localization/LocalizedProperty.cs
public partial class LocalizedProperty : BaseEntity
{
    public int EntityId { get; set; }

    public int LanguageId { get; set; }

    public string LocaleKeyGroup { get; set; }

    public string LocaleKey { get; set; }

    public string LocaleValue { get; set; }
}
