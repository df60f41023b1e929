namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

/// <summary>A button of the batch page that moves the batch to its next state.</summary>
public record PackingTransitionModel(string Action, string ResourceKey, string ButtonClass, string Icon, bool Confirm);
