namespace Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

/// <summary>Bounds of the KPI page, its journal and its targets.</summary>
public static class KpiPageLimits
{
    /// <summary>Longest journal note, in characters.</summary>
    public const int NoteLength = 400;

    /// <summary>Most journal notes the page lists and draws for a period (the latest ones).</summary>
    public const int NotesPerPeriod = 200;

    /// <summary>Days compared before and after a journal note: the 7 days before its day, and its day with the 6 after.</summary>
    public const int EffectDays = 7;

    /// <summary>Sources listed for a period.</summary>
    public const int Sources = 50;

    /// <summary>Largest revenue target accepted (nopCommerce's decimal(18, 4) holds it).</summary>
    public const decimal LargestTarget = 100_000_000_000m;

    /// <summary>Journal dates accepted: from 2000 to a year after the store's today (a planned action).</summary>
    public static readonly DateOnly EarliestNoteDay = new(2000, 1, 1);
}
