using System.Globalization;
using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Services.Customers;
using Nop.Services.Helpers;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Factories;

/// <summary>
/// How the packing screens show things to the current admin: texts in their language, dates in their time zone and
/// culture, people by name, states with nopCommerce's badge colours. One instance per request (names are cached).
/// </summary>
public class PackingDisplay
{
    private readonly ICustomerService _customerService;
    private readonly IDateTimeHelper _dateTimeHelper;
    private readonly ILocalizationService _localizationService;
    private readonly IWorkContext _workContext;
    private readonly Dictionary<int, string> _names = new();
    private CultureInfo _culture;

    public PackingDisplay(ICustomerService customerService, IDateTimeHelper dateTimeHelper,
        ILocalizationService localizationService, IWorkContext workContext)
    {
        _customerService = customerService;
        _dateTimeHelper = dateTimeHelper;
        _localizationService = localizationService;
        _workContext = workContext;
    }

    public Task<string> TextAsync(string resourceKey) =>
        string.IsNullOrEmpty(resourceKey) ? Task.FromResult(string.Empty) : _localizationService.GetResourceAsync(resourceKey);

    public async Task<string> FormatAsync(string resourceKey, params object[] arguments) =>
        string.Format(await CultureAsync(), await TextAsync(resourceKey), arguments);

    /// <summary>A UTC time in the admin's time zone, short date and time of their language; empty for none.</summary>
    public async Task<string> DateAsync(DateTime? utc)
    {
        if (utc is not { } value)
            return string.Empty;

        var local = await _dateTimeHelper.ConvertToUserTimeAsync(DateTime.SpecifyKind(value, DateTimeKind.Utc), DateTimeKind.Utc);
        return local.ToString("g", await CultureAsync());
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

    /// <summary>The person's full name, or their e-mail; "nobody" for 0.</summary>
    public async Task<string> PersonAsync(int customerId)
    {
        if (customerId == 0)
            return await TextAsync("Plugins.Misc.MerchantOps.Packing.Ui.Nobody");
        if (_names.TryGetValue(customerId, out var known))
            return known;

        var customer = await _customerService.GetCustomerByIdAsync(customerId);
        var name = customer == null ? $"#{customerId}"
            : await _customerService.GetCustomerFullNameAsync(customer) is { Length: > 0 } fullName ? fullName
            : customer.Email ?? $"#{customerId}";
        _names[customerId] = name;
        return name;
    }

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

    public async Task<CultureInfo> CultureAsync()
    {
        if (_culture != null)
            return _culture;

        var language = await _workContext.GetWorkingLanguageAsync();
        try
        {
            _culture = string.IsNullOrEmpty(language?.LanguageCulture) ? CultureInfo.CurrentCulture : CultureInfo.GetCultureInfo(language.LanguageCulture);
        }
        catch (CultureNotFoundException)
        {
            _culture = CultureInfo.CurrentCulture;
        }

        return _culture;
    }
}
