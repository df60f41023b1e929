namespace Nop.Plugin.Misc.MerchantOps.Configuration.Domain;

/// <summary>A setting that is not valid: which property, and the resource key of the message.</summary>
public sealed record SettingsProblem(string PropertyName, string ResourceKey);
