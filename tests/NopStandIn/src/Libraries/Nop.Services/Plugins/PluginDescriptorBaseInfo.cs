using Newtonsoft.Json;

namespace Nop.Services.Plugins;

// Real source: src/Libraries/Nop.Services/Plugins/PluginDescriptorBaseInfo.cs
public partial class PluginDescriptorBaseInfo
{
    [JsonProperty(PropertyName = "SystemName")]
    public virtual string SystemName { get; set; }

    [JsonProperty(PropertyName = "Version")]
    public virtual string Version { get; set; }
}
