using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Services.Customers;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Factories;

/// <summary>Texts, dates, people, languages and stores of the reply screens, in the admin's language.</summary>
public class ReplyDisplay : AdminDisplay
{
    private readonly ILanguageService _languageService;
    private readonly IStoreService _storeService;
    private Dictionary<int, string> _languages;
    private Dictionary<int, string> _stores;

    public ReplyDisplay(ICustomerService customerService, IDateTimeHelper dateTimeHelper, ILanguageService languageService,
        ILocalizationService localizationService, IStoreService storeService, IWorkContext workContext)
        : base(customerService, dateTimeHelper, localizationService, workContext)
    {
        _languageService = languageService;
        _storeService = storeService;
    }

    /// <summary>The person's full name, or their e-mail; empty for 0.</summary>
    public async Task<string> PersonAsync(int customerId) => customerId == 0 ? string.Empty : await NameAsync(customerId);

    /// <summary>What became of a sent reply's email, in the admin's language.</summary>
    public Task<string> EmailStatusAsync(ReplyEmailStatus status) => TextAsync(status switch
    {
        ReplyEmailStatus.Queued => ReplyResourceKeys.EmailStatus.Queued,
        ReplyEmailStatus.Sent => ReplyResourceKeys.EmailStatus.Sent,
        ReplyEmailStatus.Failed => ReplyResourceKeys.EmailStatus.Failed,
        ReplyEmailStatus.Deleted => ReplyResourceKeys.EmailStatus.Deleted,
        _ => ReplyResourceKeys.EmailStatus.None
    });

    /// <summary>The language's name; 0 = "All languages".</summary>
    public async Task<string> LanguageAsync(int languageId)
    {
        if (languageId == 0)
            return await TextAsync(ReplyResourceKeys.AllLanguages);

        _languages ??= (await _languageService.GetAllLanguagesAsync(showHidden: true)).ToDictionary(language => language.Id, language => language.Name);
        return _languages.TryGetValue(languageId, out var name) ? name : $"#{languageId}";
    }

    public async Task<string> StoreAsync(int storeId)
    {
        if (storeId == 0)
            return await TextAsync(ReplyResourceKeys.AllStores);

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
}
