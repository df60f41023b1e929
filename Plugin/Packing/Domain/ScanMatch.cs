namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

public sealed record ScanMatch(ScanMatchKind Kind, ScanLine Line);
