namespace Nop.Services.Plugins;

// Real source: src/Libraries/Nop.Services/Plugins/IPlugin.cs
public partial interface IPlugin
{
    string GetConfigurationPageUrl();
    PluginDescriptor PluginDescriptor { get; set; }
    Task InstallAsync();
    Task InstallSampleDataAsync();
    Task UninstallAsync();
    Task UpdateAsync(string currentVersion, string targetVersion);
    Task PreparePluginToUninstallAsync();
}
