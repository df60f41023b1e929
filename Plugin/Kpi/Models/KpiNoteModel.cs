namespace Nop.Plugin.Misc.MerchantOps.Kpi.Models;

/// <summary>A journal note (plain text, encoded when shown), the version its edit and delete forms post, and its effect.</summary>
public sealed record KpiNoteModel(int Id, int Version, string Date, string DayText, string Text, KpiNoteEffectModel Effect);
