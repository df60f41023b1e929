using System.Globalization;
using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Text;
using Nop.Services.Customers;
using Nop.Services.Helpers;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.MerchantOps.Infrastructure;

/// <summary>
/// What every admin screen of the plugin shows the same way: texts in the admin's language, dates in their time zone
/// and culture, people by name. One instance per request (the culture and names are kept for the request).
/// </summary>
public abstract class AdminDisplay
{
    private readonly ICustomerService _customerService;
    private readonly IDateTimeHelper _dateTimeHelper;
    private readonly ILocalizationService _localizationService;
    private readonly IWorkContext _workContext;
    private readonly Dictionary<int, string> _names = new();
    private CultureInfo _culture;

    protected AdminDisplay(ICustomerService customerService, IDateTimeHelper dateTimeHelper,
        ILocalizationService localizationService, IWorkContext workContext)
    {
        _customerService = customerService;
        _dateTimeHelper = dateTimeHelper;
        _localizationService = localizationService;
        _workContext = workContext;
    }

    public Task<string> TextAsync(string resourceKey) =>
        string.IsNullOrEmpty(resourceKey) ? Task.FromResult(string.Empty) : _localizationService.GetResourceAsync(resourceKey);

    /// <summary>A resource with its arguments; a resource without placeholders (or a broken translation) ignores them.</summary>
    public async Task<string> FormatAsync(string resourceKey, params object[] arguments)
    {
        var text = await TextAsync(resourceKey);
        if (arguments == null || arguments.Length == 0)
            return text;

        try
        {
            return string.Format(await CultureAsync(), text, arguments);
        }
        catch (FormatException)
        {
            return text;
        }
    }

    /// <summary>A UTC time in the admin's time zone, short date and time of their language; empty for none.</summary>
    public async Task<string> DateAsync(DateTime? utc)
    {
        if (utc is not { } value)
            return string.Empty;

        var local = await _dateTimeHelper.ConvertToUserTimeAsync(DateTime.SpecifyKind(value, DateTimeKind.Utc), DateTimeKind.Utc);
        return local.ToString("g", await CultureAsync());
    }

    /// <summary>A UTC time's time of day in the admin's time zone, short time of their language ("2:05 PM", "14:05").</summary>
    public async Task<string> TimeAsync(DateTime utc)
    {
        var local = await _dateTimeHelper.ConvertToUserTimeAsync(DateTime.SpecifyKind(utc, DateTimeKind.Utc), DateTimeKind.Utc);
        return local.ToString("t", await CultureAsync());
    }

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

    /// <summary>The customer's full name, else their e-mail, else "#id".</summary>
    protected async Task<string> NameAsync(int customerId)
    {
        if (_names.TryGetValue(customerId, out var known))
            return known;

        var name = await CustomerDisplayName.GetAsync(_customerService, customerId);
        _names[customerId] = name;
        return name;
    }
}
