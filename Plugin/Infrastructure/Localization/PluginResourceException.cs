namespace Nop.Plugin.Misc.MerchantOps.Infrastructure.Localization;

/// <summary>The plugin's resource files are missing or unusable; nothing was written.</summary>
public sealed class PluginResourceException(string message) : Exception(message);
