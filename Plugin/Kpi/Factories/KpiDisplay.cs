using System.Globalization;
using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Infrastructure;
using Nop.Services.Customers;
using Nop.Services.Helpers;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Factories;

/// <summary>The widgets' texts, numbers, percentages and durations in the admin's language (never NaN or ∞).</summary>
public class KpiDisplay : AdminDisplay
{
    public KpiDisplay(ICustomerService customerService, IDateTimeHelper dateTimeHelper,
        ILocalizationService localizationService, IWorkContext workContext)
        : base(customerService, dateTimeHelper, localizationService, workContext)
    {
    }

    /// <summary>A widget text (its full resource key) with its arguments.</summary>
    public Task<string> T(string resourceKey, params object[] arguments) => FormatAsync(resourceKey, arguments);

    public async Task<string> NumberAsync(decimal value, int decimals = 0) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), await CultureAsync());

    /// <summary>A share (0 to 1) as a percentage with one decimal ("12.5%", "12,5 %").</summary>
    public async Task<string> PercentAsync(decimal share) => share.ToString("P1", await CultureAsync());

    /// <summary>
    /// The change from <paramref name="then"/> to <paramref name="now"/>, signed ("+12.5%"); "no change" when equal; a
    /// sentence when <paramref name="then"/> is 0 (no division).
    /// </summary>
    public async Task<(string Text, string Trend)> ChangeAsync(decimal now, decimal then)
    {
        if (now == then)
            return (await T("Plugins.Misc.MerchantOps.Kpi.Dashboard.NoChange"), "same");
        if (then == 0)
            return (await T("Plugins.Misc.MerchantOps.Kpi.Dashboard.NothingToCompare"), now > 0 ? "up" : "down");

        var change = (now - then) / then;
        var sign = change > 0 ? "+" : "−";
        return (sign + Math.Abs(change).ToString("P1", await CultureAsync()), change > 0 ? "up" : "down");
    }

    public async Task<string> DurationAsync(TimeSpan? duration)
    {
        if (duration is not { } value)
            return await T("Plugins.Misc.MerchantOps.Kpi.Dashboard.NotAvailable");
        if (value.TotalDays >= 1)
            return await T("Plugins.Misc.MerchantOps.Kpi.Dashboard.Duration.Days", (int)value.TotalDays, value.Hours);
        if (value.TotalHours >= 1)
            return await T("Plugins.Misc.MerchantOps.Kpi.Dashboard.Duration.Hours", (int)value.TotalHours, value.Minutes);
        return await T("Plugins.Misc.MerchantOps.Kpi.Dashboard.Duration.Minutes", Math.Max(0, (int)Math.Round(value.TotalMinutes)));
    }

    public async Task<string> DayAsync(DateOnly day) => day.ToString("ddd d MMMM", await CultureAsync());

    /// <summary>The weekday's name, plural where the language needs it is left to the resource ("Tuesdays" / "mardis").</summary>
    public async Task<string> WeekdayAsync(DateOnly day) => day.ToString("dddd", await CultureAsync());

    public async Task<string> ShortDayAsync(DateOnly day) => day.ToString("d MMM", await CultureAsync());
}
