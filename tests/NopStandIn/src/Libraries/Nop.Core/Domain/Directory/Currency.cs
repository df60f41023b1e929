namespace Nop.Core.Domain.Directory;

// Real source: src/Libraries/Nop.Core/Domain/Directory/Currency.cs
// Stand-in: only the members price formatting reads; no table (the plugin never reads currencies from the database).
public partial class Currency : BaseEntity
{
    public string Name { get; set; }
    public string CurrencyCode { get; set; }
    public string DisplayLocale { get; set; }
    public string CustomFormatting { get; set; }
}
