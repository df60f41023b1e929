using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Services;

/// <summary>
/// A store's time zone, as nopCommerce's DateTimeHelper finds the default store time zone: the setting
/// "datetimesettings.defaultstoretimezoneid" of that store (else the shared value), a system time zone id (IANA on
/// Linux, Windows ids on Windows), and the server's local zone when unset or unknown. Read once per store per request.
/// </summary>
public class PlannerTimeZones
{
    /// <summary>nopCommerce's key of DateTimeSettings.DefaultStoreTimeZoneId (class and property names, lower case).</summary>
    public const string StoreTimeZoneSettingKey = "datetimesettings.defaultstoretimezoneid";

    private readonly Dictionary<int, TimeZoneInfo> _zones = [];
    private readonly ISettingService _settingService;

    public PlannerTimeZones(ISettingService settingService)
    {
        _settingService = settingService;
    }

    public async Task<TimeZoneInfo> ForStoreAsync(int storeId)
    {
        if (_zones.TryGetValue(storeId, out var known))
            return known;

        var id = await _settingService.GetSettingByKeyAsync<string>(StoreTimeZoneSettingKey, null, storeId, true);
        TimeZoneInfo zone = null;
        try
        {
            if (!string.IsNullOrEmpty(id))
                zone = TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // as nopCommerce: an unknown id falls back to the server's zone
        }

        return _zones[storeId] = zone ?? TimeZoneInfo.Local;
    }
}
