using System.Globalization;
using Nop.Core.Domain.Stores;
using Nop.Services.Configuration;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>
/// The links of a follow-up, absolute on the URL of the follow-up's store (Store.Url, as nopCommerce's own emails use
/// it): <c>{store}merchantops/followup/{clickToken}/{target}</c> and
/// <c>{store}merchantops/unsubscribe/{customerId}/{clickToken}/{signature}</c>. The signature is
/// <see cref="FollowUpLinkSignature"/> with the secret of store 0.
/// </summary>
public class FollowUpLinks : IFollowUpLinks
{
    private readonly ISettingService _settingService;
    private readonly IStoreService _storeService;

    public FollowUpLinks(ISettingService settingService, IStoreService storeService)
    {
        _settingService = settingService;
        _storeService = storeService;
    }

    public async Task<string> TrackedUrlAsync(int storeId, Guid clickToken, string target)
    {
        if (!FollowUpLinkTarget.TryParse(target, out var parsed))
            throw new ArgumentException($"Not a follow-up link target: \"{target}\" (cart, review-{{productId}}, order-{{orderId}}).", nameof(target));

        return await StoreUrlAsync(storeId) + FollowUpPublicRoutes.ClickPathPrefix + clickToken.ToString("D") + "/" + parsed;
    }

    public async Task<string> UnsubscribeUrlAsync(int storeId, int customerId, Guid clickToken)
    {
        if (customerId <= 0)
            throw new ArgumentOutOfRangeException(nameof(customerId));

        var secret = (await _settingService.LoadSettingAsync<MerchantOpsSettings>()).FollowUpLinkSecret;
        var signature = FollowUpLinkSignature.Sign(secret, customerId);
        return await StoreUrlAsync(storeId) + FollowUpPublicRoutes.UnsubscribePathPrefix
            + customerId.ToString(CultureInfo.InvariantCulture) + "/" + clickToken.ToString("D") + "/" + signature;
    }

    private async Task<string> StoreUrlAsync(int storeId)
    {
        var store = await _storeService.GetStoreByIdAsync(storeId)
            ?? throw new InvalidOperationException($"No store {storeId} for a follow-up link.");
        return BaseUrlOf(store);
    }

    /// <summary>The store's URL ending with "/" (nopCommerce asks for it so; a missing one is added).</summary>
    public static string BaseUrlOf(Store store)
    {
        var url = store.Url?.Trim() ?? string.Empty;
        if (string.IsNullOrEmpty(url))
            throw new InvalidOperationException($"Store {store.Id} has no URL (Configuration → Stores).");
        return url.EndsWith('/') ? url : url + "/";
    }
}
