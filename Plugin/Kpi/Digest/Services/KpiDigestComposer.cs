using System.Globalization;
using System.Net;
using System.Text;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Domain;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services;
using Nop.Services.Catalog;
using Nop.Services.Directory;
using Nop.Services.Localization;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Services;

/// <summary>
/// Writes a store's digest from the rollups alone (<see cref="IKpiFiguresReader"/>: the week and the week before, sales
/// of the whole store and the funnel), in the store's default language (else its first published one), amounts
/// formatted by nopCommerce's IPriceFormatter in the primary store currency. Every text that goes into the HTML is
/// encoded, the store's name and the resource texts included. A week without orders says so instead of a 0 average.
/// </summary>
public class KpiDigestComposer
{
    private const string Prefix = "Plugins.Misc.MerchantOps.Kpi.Digest.";

    private readonly CurrencySettings _currencySettings;
    private readonly ICurrencyService _currencyService;
    private readonly IKpiFiguresReader _figures;
    private readonly ILanguageService _languageService;
    private readonly ILocalizationService _localizationService;
    private readonly IPriceFormatter _priceFormatter;
    private readonly IStoreService _storeService;

    public KpiDigestComposer(CurrencySettings currencySettings,
        ICurrencyService currencyService,
        IKpiFiguresReader figures,
        ILanguageService languageService,
        ILocalizationService localizationService,
        IPriceFormatter priceFormatter,
        IStoreService storeService)
    {
        _currencySettings = currencySettings;
        _currencyService = currencyService;
        _figures = figures;
        _languageService = languageService;
        _localizationService = localizationService;
        _priceFormatter = priceFormatter;
        _storeService = storeService;
    }

    public async Task<KpiDigestMessage> ComposeAsync(int storeId, KpiDigestSchedule schedule)
    {
        var store = await _storeService.GetStoreByIdAsync(storeId);
        var language = await StoreLanguageAsync(storeId, store?.DefaultLanguageId ?? 0);
        var text = new Texts(_localizationService, language.Id);
        var culture = Culture(language);
        var currency = await _currencyService.GetCurrencyByIdAsync(_currencySettings.PrimaryStoreCurrencyId);

        var week = await _figures.GetSalesAsync(storeId, 0, schedule.From, schedule.To);
        var before = await _figures.GetSalesAsync(storeId, 0, schedule.PreviousFrom, schedule.PreviousTo);
        var funnel = await _figures.GetFunnelAsync(storeId, schedule.From, schedule.To);
        var funnelBefore = await _figures.GetFunnelAsync(storeId, schedule.PreviousFrom, schedule.PreviousTo);

        var storeName = store?.Name ?? string.Empty;
        var period = string.Format(culture, await text.Get("Period"), schedule.From.ToString("D", culture), schedule.To.ToString("D", culture));
        var subject = string.Format(culture, await text.Get("Subject"), storeName, schedule.To.ToString("d", culture));

        var html = new StringBuilder();
        html.Append("<div style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;max-width:640px\">");
        html.Append("<h2 style=\"font-size:20px\">").Append(Encode(string.Format(culture, await text.Get("Title"), storeName))).Append("</h2>");
        html.Append("<p>").Append(Encode(period)).Append("</p>");

        html.Append("<h3 style=\"font-size:16px\">").Append(Encode(await text.Get("Sales"))).Append("</h3>");
        if (week.OrderCount == 0 && before.OrderCount == 0 && week.RefundedOrderCount == 0)
            html.Append("<p>").Append(Encode(await text.Get("NoOrders"))).Append("</p>");
        else
        {
            if (week.OrderCount == 0)
                html.Append("<p>").Append(Encode(await text.Get("NoOrders"))).Append("</p>");
            var money = (Func<decimal, Task<string>>)(amount => _priceFormatter.FormatPriceAsync(amount, true, currency, language.Id, false, false));
            await TableHeadAsync(html, text, "Figure");
            await RowAsync(html, text, "Orders", week.OrderCount, before.OrderCount, v => Task.FromResult(v.ToString("N0", culture)), culture);
            await RowAsync(html, text, "Revenue", week.Revenue, before.Revenue, money, culture);
            // no average without orders: "—", never a division by zero
            await RowAsync(html, text, "AverageOrderValue", week.OrderCount == 0 ? null : week.AverageOrderValue,
                before.OrderCount == 0 ? null : before.AverageOrderValue, money, culture);
            await RowAsync(html, text, "NewCustomers", week.NewCustomerCount, before.NewCustomerCount, v => Task.FromResult(v.ToString("N0", culture)), culture);
            await RowAsync(html, text, "ReturningCustomers", week.ReturningCustomerCount, before.ReturningCustomerCount, v => Task.FromResult(v.ToString("N0", culture)), culture);
            await RowAsync(html, text, "RefundedOrders", week.RefundedOrderCount, before.RefundedOrderCount, v => Task.FromResult(v.ToString("N0", culture)), culture);
            await RowAsync(html, text, "RefundedAmount", week.RefundedAmount, before.RefundedAmount, money, culture);
            html.Append("</table>");
        }

        html.Append("<h3 style=\"font-size:16px\">").Append(Encode(await text.Get("Funnel"))).Append("</h3>");
        if (funnel.VisitorCount == 0)
            html.Append("<p>").Append(Encode(await text.Get("NoVisitors"))).Append("</p>");
        else
            await FunnelAsync(html, text, funnel, funnelBefore, culture);

        html.Append("<p style=\"color:#666;font-size:12px\">").Append(Encode(await text.Get("Footer"))).Append("</p></div>");
        return new KpiDigestMessage(subject, html.ToString(), language.Id);
    }

    private async Task<Language> StoreLanguageAsync(int storeId, int defaultLanguageId)
    {
        var languages = await _languageService.GetAllLanguagesAsync(storeId: storeId);
        return languages.FirstOrDefault(language => language.Id == defaultLanguageId)
            ?? languages.FirstOrDefault()
            ?? new Language { Id = 0, LanguageCulture = "en-US" };
    }

    private static CultureInfo Culture(Language language)
    {
        try
        {
            return string.IsNullOrEmpty(language.LanguageCulture) ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language.LanguageCulture);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    private static async Task TableHeadAsync(StringBuilder html, Texts text, string firstColumn)
    {
        html.Append("<table style=\"border-collapse:collapse;width:100%\" cellpadding=\"6\"><tr style=\"background:#f2f2f2;text-align:left\">");
        foreach (var key in new[] { firstColumn, "ThisWeek", "PreviousWeek", "Change" })
            html.Append("<th>").Append(Encode(await text.Get(key))).Append("</th>");
        html.Append("</tr>");
    }

    private static async Task RowAsync(StringBuilder html, Texts text, string label, decimal? value, decimal? previous,
        Func<decimal, Task<string>> format, CultureInfo culture)
    {
        html.Append("<tr style=\"border-top:1px solid #ddd\"><td>").Append(Encode(await text.Get(label))).Append("</td>");
        html.Append("<td><strong>").Append(Encode(value.HasValue ? await format(value.Value) : "—")).Append("</strong></td>");
        html.Append("<td>").Append(Encode(previous.HasValue ? await format(previous.Value) : "—")).Append("</td>");
        html.Append("<td>").Append(Encode(Change(value, previous, culture))).Append("</td></tr>");
    }

    private static Task RowAsync(StringBuilder html, Texts text, string label, int value, int previous, Func<decimal, Task<string>> format, CultureInfo culture) =>
        RowAsync(html, text, label, (decimal)value, previous, format, culture);

    /// <summary>"+12 %" against the week before; "—" when there is nothing to compare with (no division by zero).</summary>
    public static string Change(decimal? value, decimal? previous, CultureInfo culture)
    {
        if (!value.HasValue || !previous.HasValue || previous.Value == 0m)
            return "—";
        var change = (value.Value - previous.Value) / previous.Value;
        return (change > 0 ? "+" : string.Empty) + change.ToString("P0", culture);
    }

    private static async Task FunnelAsync(StringBuilder html, Texts text, KpiFunnelFigures funnel, KpiFunnelFigures before, CultureInfo culture)
    {
        html.Append("<table style=\"border-collapse:collapse;width:100%\" cellpadding=\"6\"><tr style=\"background:#f2f2f2;text-align:left\">");
        foreach (var key in new[] { "Step", "ThisWeek", "StepConversion", "PreviousWeek" })
            html.Append("<th>").Append(Encode(await text.Get(key))).Append("</th>");
        html.Append("</tr>");

        var steps = funnel.Steps;
        var previousSteps = before.Steps;
        for (var i = 0; i < steps.Count; i++)
        {
            var (step, count) = steps[i];
            var conversion = i == 0 ? "—" : KpiFunnelFigures.Ratio(count, steps[i - 1].Count).ToString("P1", culture);
            html.Append("<tr style=\"border-top:1px solid #ddd\"><td>").Append(Encode(await text.Get("Step." + step))).Append("</td>")
                .Append("<td><strong>").Append(Encode(count.ToString("N0", culture))).Append("</strong></td>")
                .Append("<td>").Append(Encode(conversion)).Append("</td>")
                .Append("<td>").Append(Encode(previousSteps[i].Count.ToString("N0", culture))).Append("</td></tr>");
        }

        html.Append("</table><p>").Append(Encode(string.Format(culture, await text.Get("Conversion"), funnel.Conversion.ToString("P1", culture),
            before.VisitorCount == 0 ? "—" : before.Conversion.ToString("P1", culture)))).Append("</p>");
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value ?? string.Empty);

    /// <summary>The digest's texts in one language; a missing text shows its key rather than nothing.</summary>
    private sealed class Texts(ILocalizationService localizationService, int languageId)
    {
        public async Task<string> Get(string key) =>
            await localizationService.GetResourceAsync(Prefix + key, languageId, false, Prefix + key);
    }
}
