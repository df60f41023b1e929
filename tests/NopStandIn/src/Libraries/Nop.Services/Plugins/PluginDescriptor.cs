using System.Reflection;
using Newtonsoft.Json;

namespace Nop.Services.Plugins;

// Real source: src/Libraries/Nop.Services/Plugins/PluginDescriptor.cs (subset)
public partial class PluginDescriptor : PluginDescriptorBaseInfo
{
    public PluginDescriptor()
    {
        SupportedVersions = new List<string>();
        LimitedToStores = new List<int>();
        LimitedToCustomerRoles = new List<int>();
        DependsOn = new List<string>();
    }

    public static PluginDescriptor GetPluginDescriptorFromText(string text) =>
        string.IsNullOrEmpty(text) ? new PluginDescriptor() : JsonConvert.DeserializeObject<PluginDescriptor>(text);

    [JsonProperty(PropertyName = "Group")]
    public virtual string Group { get; set; }

    [JsonProperty(PropertyName = "FriendlyName")]
    public virtual string FriendlyName { get; set; }

    [JsonProperty(PropertyName = "SupportedVersions")]
    public virtual IList<string> SupportedVersions { get; set; }

    [JsonProperty(PropertyName = "Author")]
    public virtual string Author { get; set; }

    [JsonProperty(PropertyName = "DisplayOrder")]
    public virtual int DisplayOrder { get; set; }

    [JsonProperty(PropertyName = "FileName")]
    public virtual string AssemblyFileName { get; set; }

    [JsonProperty(PropertyName = "Description")]
    public virtual string Description { get; set; }

    [JsonProperty(PropertyName = "LimitedToStores")]
    public virtual IList<int> LimitedToStores { get; set; }

    [JsonProperty(PropertyName = "LimitedToCustomerRoles")]
    public virtual IList<int> LimitedToCustomerRoles { get; set; }

    [JsonProperty(PropertyName = "DependsOnSystemNames")]
    public virtual IList<string> DependsOn { get; set; }

    [JsonIgnore]
    public virtual bool Installed { get; set; }

    [JsonIgnore]
    public virtual Type PluginType { get; set; }

    /// <summary>Full path of the plugin's main assembly in its Plugins/ folder.</summary>
    [JsonIgnore]
    public virtual string OriginalAssemblyFile { get; set; }

    [JsonIgnore]
    public virtual Assembly ReferencedAssembly { get; set; }

    [JsonIgnore]
    public virtual bool ShowInPluginsList { get; set; } = true;
}
