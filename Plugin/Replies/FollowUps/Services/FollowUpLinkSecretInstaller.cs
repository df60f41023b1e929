using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>
/// Makes the unsubscribe links' secret (store 0) at install and at update when it is empty; an existing secret is
/// never replaced (a new one would void every link already sent).
/// </summary>
public static class FollowUpLinkSecretInstaller
{
    public static async Task EnsureSecretAsync(ISettingService settingService)
    {
        var settings = await settingService.LoadSettingAsync<MerchantOpsSettings>();
        if (!string.IsNullOrEmpty(settings.FollowUpLinkSecret))
            return;

        settings.FollowUpLinkSecret = FollowUpLinkSignature.NewSecret();
        await settingService.SaveSettingAsync(settings, s => s.FollowUpLinkSecret);
    }
}
