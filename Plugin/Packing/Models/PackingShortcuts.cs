using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

/// <summary>The keys of the queue, the batch page and the pack screen, as the "?" list shows them.</summary>
public static class PackingShortcuts
{
    /// <summary>Shows or hides the list of keys on every packing screen (not localized: the same key everywhere).</summary>
    public const string HelpKey = "?";

    public static readonly PackingShortcut NextCount = new("Plugins.Misc.MerchantOps.Packing.Keys.NextCount", "Plugins.Misc.MerchantOps.Packing.Keys.NextCount.Description");
    public static readonly PackingShortcut CreateFromSelection = new("Plugins.Misc.MerchantOps.Packing.Keys.CreateFromSelection", "Plugins.Misc.MerchantOps.Packing.Keys.CreateFromSelection.Description");
    public static readonly PackingShortcut Batches = new("Plugins.Misc.MerchantOps.Packing.Keys.Batches", "Plugins.Misc.MerchantOps.Packing.Keys.Batches.Description");

    public static readonly PackingShortcut Pack = new("Plugins.Misc.MerchantOps.Packing.Keys.Pack", "Plugins.Misc.MerchantOps.Packing.Keys.Pack.Description");
    public static readonly PackingShortcut PickList = new("Plugins.Misc.MerchantOps.Packing.Keys.PickList", "Plugins.Misc.MerchantOps.Packing.Keys.PickList.Description");
    public static readonly PackingShortcut PickListCsv = new("Plugins.Misc.MerchantOps.Packing.Keys.PickListCsv", "Plugins.Misc.MerchantOps.Packing.Keys.PickListCsv.Description");
    public static readonly PackingShortcut Slips = new("Plugins.Misc.MerchantOps.Packing.Keys.Slips", "Plugins.Misc.MerchantOps.Packing.Keys.Slips.Description");
    public static readonly PackingShortcut AssignToMe = new("Plugins.Misc.MerchantOps.Packing.Keys.AssignToMe", "Plugins.Misc.MerchantOps.Packing.Keys.AssignToMe.Description");
    public static readonly PackingShortcut BackToList = new("Plugins.Misc.MerchantOps.Packing.Keys.BackToList", "Plugins.Misc.MerchantOps.Packing.Keys.BackToList.Description");
    public static readonly PackingShortcut Rows = new("Plugins.Misc.MerchantOps.Packing.Keys.Rows", "Plugins.Misc.MerchantOps.Packing.Keys.Rows.Description");

    public static readonly PackingShortcut Scan = new("Plugins.Misc.MerchantOps.Packing.Keys.Scan", "Plugins.Misc.MerchantOps.Packing.Keys.Scan.Description");
    public static readonly PackingShortcut Tracking = new("Plugins.Misc.MerchantOps.Packing.Keys.Tracking", "Plugins.Misc.MerchantOps.Packing.Keys.Tracking.Description");
    public static readonly PackingShortcut Weight = new("Plugins.Misc.MerchantOps.Packing.Keys.Weight", "Plugins.Misc.MerchantOps.Packing.Keys.Weight.Description");
    public static readonly PackingShortcut ScanHelp = new("Plugins.Misc.MerchantOps.Packing.Keys.ScanHelp", "Plugins.Misc.MerchantOps.Packing.Keys.ScanHelp.Description");

    public static readonly IReadOnlyList<PackingShortcut> Queue = new[] { NextCount, CreateFromSelection, Batches };

    public static readonly IReadOnlyList<PackingShortcut> Batch = new[] { Pack, PickList, PickListCsv, Slips, AssignToMe, BackToList, Rows };

    /// <summary>The scan field keeps the keyboard on the pack screen: its keys are typed there.</summary>
    public static readonly IReadOnlyList<PackingShortcut> PackScreen = new[] { Scan, Tracking, Weight, ScanHelp };

    public static readonly IReadOnlyList<IReadOnlyList<PackingShortcut>> Screens = new[] { Queue, Batch, PackScreen };
}
