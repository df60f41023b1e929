using System.Globalization;
using Nop.Core;
using Nop.Core.Domain.Directory;
using Nop.Plugin.Misc.MerchantOps.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Services.Catalog;
using Nop.Services.Customers;
using Nop.Services.Directory;
using Nop.Services.Helpers;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Factories;

/// <summary>
/// The KPI screens' texts and numbers in the admin's language (the dashboard cards, Today, the KPI page): amounts in the
/// primary store currency as nopCommerce's price formatter writes them (no tax suffix), counts and percentages in the
/// admin's culture, changes as "+12.5%" or words where no percentage exists (never NaN or ∞), durations in words.
/// Dates travel in forms and the CSV as yyyy-MM-dd.
/// </summary>
public class KpiDisplay : AdminDisplay
{
    public const string DateFormat = "yyyy-MM-dd";

    private readonly ICurrencyService _currencyService;
    private readonly CurrencySettings _currencySettings;
    private readonly IPriceFormatter _priceFormatter;
    private readonly IWorkContext _workContext;
    private Currency _currency;
    private int? _languageId;

    public KpiDisplay(ICustomerService customerService, IDateTimeHelper dateTimeHelper, ILocalizationService localizationService,
        IWorkContext workContext, ICurrencyService currencyService, CurrencySettings currencySettings, IPriceFormatter priceFormatter)
        : base(customerService, dateTimeHelper, localizationService, workContext)
    {
        _currencyService = currencyService;
        _currencySettings = currencySettings;
        _priceFormatter = priceFormatter;
        _workContext = workContext;
    }

    public static string Iso(DateOnly day) => day.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;

    /// <summary>A text (its full resource key) with its arguments.</summary>
    public Task<string> T(string resourceKey, params object[] arguments) => FormatAsync(resourceKey, arguments);

    /// <summary>"Tue 6 October" (the cards).</summary>
    public async Task<string> DayAsync(DateOnly day) => day.ToString("ddd d MMMM", await CultureAsync());

    /// <summary>"Tue 6 Oct 2026" (the KPI page, whose periods may span years).</summary>
    public async Task<string> DayWithYearAsync(DateOnly day) => day.ToString("ddd d MMM yyyy", await CultureAsync());

    /// <summary>The weekday's name; a plural where the language needs one is left to the resource ("Tuesdays" / "mardis").</summary>
    public async Task<string> WeekdayAsync(DateOnly day) => day.ToString("dddd", await CultureAsync());

    public async Task<string> ShortDayAsync(DateOnly day) => day.ToString("d MMM", await CultureAsync());

    public async Task<string> RangeAsync(DateOnly from, DateOnly to)
    {
        var culture = await CultureAsync();
        return from == to ? day(from) : $"{day(from)} – {day(to)}";
        string day(DateOnly value) => value.ToString("d MMM yyyy", culture);
    }

    public async Task<string> MoneyAsync(decimal amount)
    {
        _currency ??= await _currencyService.GetCurrencyByIdAsync(_currencySettings.PrimaryStoreCurrencyId);
        _languageId ??= (await _workContext.GetWorkingLanguageAsync())?.Id ?? 0;
        return await _priceFormatter.FormatPriceAsync(decimal.Round(amount, 2), true, _currency, _languageId.Value, false, false);
    }

    public async Task<string> CurrencyCodeAsync()
    {
        _currency ??= await _currencyService.GetCurrencyByIdAsync(_currencySettings.PrimaryStoreCurrencyId);
        return _currency?.CurrencyCode ?? string.Empty;
    }

    public async Task<string> NumberAsync(decimal value, int decimals = 0) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), await CultureAsync());

    /// <summary>A share (0 to 1) as a percentage with one decimal ("12.5%", "12,5 %").</summary>
    public async Task<string> PercentAsync(decimal share) => share.ToString("P1", await CultureAsync());

    /// <summary>
    /// A change on the KPI page: "+12.5%", "new" (from 0) or "—" (0 both times). The percentage is written as the
    /// admin's language writes one ("+12,5 %" in French), as every other percentage of the page and the cards.
    /// </summary>
    public async Task<string> ChangeAsync(KpiChange change) => change.Kind switch
    {
        KpiChangeKind.None => "—",
        KpiChangeKind.New => await TextAsync("Plugins.Misc.MerchantOps.Kpi.Page.Change.New"),
        _ => (change.Percent > 0 ? "+" : change.Percent < 0 ? "-" : string.Empty)
            + (Math.Abs(change.Percent) / 100m).ToString("P1", await CultureAsync())
    };

    /// <summary>
    /// The colour hint of a change: green when the figure got better, red when worse. For refunds and cancellations
    /// (<paramref name="lowerIsBetter"/>) a rise is worse.
    /// </summary>
    public static string ChangeCss(KpiChange change, bool lowerIsBetter = false)
    {
        var rise = change.Kind == KpiChangeKind.New || change is { Kind: KpiChangeKind.Percent, Percent: > 0 };
        var fall = change is { Kind: KpiChangeKind.Percent, Percent: < 0 };
        return !rise && !fall ? "kpi-flat" : rise != lowerIsBetter ? "kpi-up" : "kpi-down";
    }

    /// <summary>
    /// A change on a card, by the same rule (<see cref="KpiChange"/>), with its trend: signed ("+12.5%"), "no change", or a
    /// sentence when <paramref name="then"/> is 0 (no division).
    /// </summary>
    public async Task<(string Text, string Trend)> ChangeAsync(decimal now, decimal then)
    {
        var change = KpiChange.Of(now, then);
        if (change.Kind == KpiChangeKind.None || change is { Kind: KpiChangeKind.Percent, Percent: 0m })
            return (await T("Plugins.Misc.MerchantOps.Kpi.Dashboard.NoChange"), "same");
        if (change.Kind == KpiChangeKind.New)
            return (await T("Plugins.Misc.MerchantOps.Kpi.Dashboard.NothingToCompare"), now > 0 ? "up" : "down");

        var sign = change.Percent > 0 ? "+" : "−";
        return (sign + (Math.Abs(change.Percent) / 100m).ToString("P1", await CultureAsync()), change.Percent > 0 ? "up" : "down");
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
}
