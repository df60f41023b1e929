namespace Nop.Plugin.Misc.MerchantOps.Kpi.Models;

/// <summary>
/// Progress towards one target: revenue so far (today included), the percentage reached (null without a target), what
/// is left, and the forecast (null before the first day of the period is over) with how it is computed.
/// </summary>
public sealed record KpiTargetProgressModel(string Title, string PeriodText, bool HasTarget, string Target, string Achieved,
    string Percent, int Bar, string Remaining, string Forecast, string ForecastHow);
