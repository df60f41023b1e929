using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core;
using Nop.Services.Customers;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Factories;

/// <summary>Texts, dates, people, languages and stores of the reply screens, in the admin's language.</summary>
public class ReplyDisplay
{
    public const string Prefix = "Plugins.Misc.MerchantOps.Replies.";

    private readonly ICustomerService _customerService;
    private readonly IDateTimeHelper _dateTimeHelper;
    private readonly ILanguageService _languageService;
    private readonly ILocalizationService _localizationService;
    private readonly IStoreService _storeService;
    private readonly IWorkContext _workContext;
    private readonly Dictionary<int, string> _people = new();
    private Dictionary<int, string> _languages;
    private Dictionary<int, string> _stores;
    private CultureInfo _culture;

    public ReplyDisplay(ICustomerService customerService, IDateTimeHelper dateTimeHelper, ILanguageService languageService,
        ILocalizationService localizationService, IStoreService storeService, IWorkContext workContext)
    {
        _customerService = customerService;
        _dateTimeHelper = dateTimeHelper;
        _languageService = languageService;
        _localizationService = localizationService;
        _storeService = storeService;
        _workContext = workContext;
    }

    public Task<string> TextAsync(string resourceKey) =>
        string.IsNullOrEmpty(resourceKey) ? Task.FromResult(string.Empty) : _localizationService.GetResourceAsync(resourceKey);

    /// <summary>A resource with its arguments; a resource without placeholders ignores them.</summary>
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

    public async Task<string> DateAsync(DateTime? utc)
    {
        if (utc is not { } value)
            return string.Empty;

        var local = await _dateTimeHelper.ConvertToUserTimeAsync(DateTime.SpecifyKind(value, DateTimeKind.Utc), DateTimeKind.Utc);
        return local.ToString("g", await CultureAsync());
    }

    public async Task<string> PersonAsync(int customerId)
    {
        if (customerId == 0)
            return string.Empty;
        if (_people.TryGetValue(customerId, out var known))
            return known;

        var customer = await _customerService.GetCustomerByIdAsync(customerId);
        var name = customer == null ? $"#{customerId}"
            : await _customerService.GetCustomerFullNameAsync(customer) is { Length: > 0 } fullName ? fullName
            : customer.Email ?? $"#{customerId}";
        _people[customerId] = name;
        return name;
    }

    /// <summary>The language's name; 0 = "All languages".</summary>
    public async Task<string> LanguageAsync(int languageId)
    {
        if (languageId == 0)
            return await TextAsync(Prefix + "AllLanguages");

        _languages ??= (await _languageService.GetAllLanguagesAsync(showHidden: true)).ToDictionary(language => language.Id, language => language.Name);
        return _languages.TryGetValue(languageId, out var name) ? name : $"#{languageId}";
    }

    public async Task<string> StoreAsync(int storeId)
    {
        if (storeId == 0)
            return await TextAsync(Prefix + "AllStores");

        _stores ??= (await _storeService.GetAllStoresAsync()).ToDictionary(store => store.Id, store => store.Name);
        return _stores.TryGetValue(storeId, out var name) ? name : $"#{storeId}";
    }

    /// <summary>Languages for a select: optionally a first item (e.g. "All languages" = 0), then every language.</summary>
    public async Task<IList<SelectListItem>> LanguageItemsAsync(int selected, params (string ResourceKey, int Value)[] first)
    {
        var items = new List<SelectListItem>();
        foreach (var (key, value) in first)
            items.Add(new SelectListItem(await TextAsync(key), value.ToString(), value == selected));
        foreach (var language in await _languageService.GetAllLanguagesAsync(showHidden: true))
            items.Add(new SelectListItem(language.Name, language.Id.ToString(), language.Id == selected));
        return items;
    }

    public async Task<IList<SelectListItem>> StoreItemsAsync(int selected, string firstResourceKey)
    {
        var items = new List<SelectListItem> { new(await TextAsync(firstResourceKey), "0", selected == 0) };
        foreach (var store in await _storeService.GetAllStoresAsync())
            items.Add(new SelectListItem(store.Name, store.Id.ToString(), store.Id == selected));
        return items;
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
}
