namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

/// <summary>
/// A key of a packing screen: the key as shown (a resource, so a French packer gets French mnemonics) and what it
/// does. A one-character key is a shortcut: packing-keys.js presses the element whose <c>aria-keyshortcuts</c> names
/// it, never while the cursor is in a field. Longer keys ("code + Enter") only describe how the fields behave.
/// </summary>
public sealed record PackingShortcut(string Key, string Description);
