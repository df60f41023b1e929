using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Services.Customers;
using Nop.Services.Helpers;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Factories;

/// <summary>
/// How the packing screens show things to the current admin: texts in their language, dates in their time zone and
/// culture, people by name (<see cref="AdminDisplay"/>), states with nopCommerce's badge colours.
/// </summary>
public class PackingDisplay : AdminDisplay
{
    public PackingDisplay(ICustomerService customerService, IDateTimeHelper dateTimeHelper,
        ILocalizationService localizationService, IWorkContext workContext)
        : base(customerService, dateTimeHelper, localizationService, workContext)
    {
    }

    /// <summary>"5 h", "2 d 3 h": how long an order has waited.</summary>
    public Task<string> AgeAsync(TimeSpan age)
    {
        if (age < TimeSpan.Zero)
            age = TimeSpan.Zero;

        return age.TotalDays >= 1
            ? FormatAsync("Plugins.Misc.MerchantOps.Packing.Ui.AgeDays", (int)age.TotalDays, age.Hours)
            : FormatAsync("Plugins.Misc.MerchantOps.Packing.Ui.AgeHours", (int)age.TotalHours);
    }

    /// <summary>"2 d 3 h", "4 h 10 min", "25 min": a time spent or waited; empty for none.</summary>
    public async Task<string> DurationAsync(TimeSpan? duration)
    {
        if (duration is not { } value)
            return string.Empty;
        if (value.TotalDays >= 1)
            return await AgeAsync(value);

        return value.TotalHours >= 1
            ? await FormatAsync("Plugins.Misc.MerchantOps.Packing.Ui.DurationHoursMinutes", (int)value.TotalHours, value.Minutes)
            : await FormatAsync("Plugins.Misc.MerchantOps.Packing.Ui.DurationMinutes", Math.Max(0, (int)value.TotalMinutes));
    }

    /// <summary>The person's full name, or their e-mail; "nobody" for 0.</summary>
    public async Task<string> PersonAsync(int customerId) =>
        customerId == 0 ? await TextAsync("Plugins.Misc.MerchantOps.Packing.Ui.Nobody") : await NameAsync(customerId);

    /// <summary>The batch's name, or "Batch #12".</summary>
    public async Task<string> BatchTitleAsync(int batchId, string name) =>
        string.IsNullOrWhiteSpace(name) ? await FormatAsync("Plugins.Misc.MerchantOps.Packing.Ui.BatchNumber", batchId) : name;

    public Task<string> StateAsync(PackingBatchState state) => TextAsync(PackingDisplayKeys.For(state));

    public Task<string> StatusAsync(PackingOrderStatus status) => TextAsync(PackingDisplayKeys.For(status));

    public static string CssClass(PackingBatchState state) => state switch
    {
        PackingBatchState.Open => "badge bg-info",
        PackingBatchState.Picking => "badge bg-primary",
        PackingBatchState.Packing => "badge bg-warning",
        PackingBatchState.Done => "badge bg-success",
        _ => "badge bg-secondary"
    };

    public static string CssClass(PackingOrderStatus status) => status switch
    {
        PackingOrderStatus.Pending => "badge bg-secondary",
        PackingOrderStatus.Packed => "badge bg-info",
        PackingOrderStatus.Shipping => "badge bg-warning",
        PackingOrderStatus.Shipped => "badge bg-success",
        PackingOrderStatus.Problem => "badge bg-danger",
        _ => "badge bg-light"
    };
}
