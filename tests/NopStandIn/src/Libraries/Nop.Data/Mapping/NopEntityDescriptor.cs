namespace Nop.Data.Mapping;

// Real source: src/Libraries/Nop.Data/Mapping/NopEntityDescriptor.cs
public partial class NopEntityDescriptor
{
    public string EntityName { get; set; }
    public string SchemaName { get; set; }
    public ICollection<NopEntityFieldDescriptor> Fields { get; set; } = new List<NopEntityFieldDescriptor>();
}
