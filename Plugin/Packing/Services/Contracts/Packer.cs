namespace Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

/// <summary>A staff member who may pack: shown in the Assign list.</summary>
public sealed record Packer(int CustomerId, string Name, string Email);
