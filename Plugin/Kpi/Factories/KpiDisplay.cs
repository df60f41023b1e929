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
/// The KPI page's texts and numbers in the admin's language: amounts in the primary store currency as nopCommerce's
/// price formatter writes them (no tax suffix), counts and percentages in the admin's culture, changes as "+12.5%",
/// "new" or "—". Dates travel in forms and the CSV as yyyy-MM-dd.
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

    public async Task<string> DayAsync(DateOnly day) => day.ToString("ddd d MMM yyyy", await CultureAsync());

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

    public async Task<string> CountAsync(decimal value, int decimals = 0) => value.ToString("N" + decimals, await CultureAsync());

    /// <summary>A share (0 to 1) as a percentage of the admin's culture ("12.5%", "12,5 %").</summary>
    public async Task<string> ShareAsync(decimal share) => share.ToString("P1", await CultureAsync());

    public async Task<string> ChangeAsync(KpiChange change) => change.Kind switch
    {
        KpiChangeKind.None => "—",
        KpiChangeKind.New => await TextAsync("Plugins.Misc.MerchantOps.Kpi.Page.Change.New"),
        _ => (change.Percent / 100m).ToString("+0.0%;-0.0%;0.0%", await CultureAsync())
    };

    public static string ChangeCss(KpiChange change) => change.Kind switch
    {
        KpiChangeKind.New => "kpi-up",
        KpiChangeKind.Percent when change.Percent > 0 => "kpi-up",
        KpiChangeKind.Percent when change.Percent < 0 => "kpi-down",
        _ => "kpi-flat"
    };
}
