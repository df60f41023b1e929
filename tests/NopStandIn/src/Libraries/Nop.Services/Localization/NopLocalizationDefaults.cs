namespace Nop.Services.Localization;

// Real source: src/Libraries/Nop.Services/Localization/NopLocalizationDefaults.cs (subset)
public static partial class NopLocalizationDefaults
{
    public static string AdminLocaleStringResourcesPrefix => "Admin.";
    public static string PermissionLocaleStringResourcesPrefix => "Security.Permission.";
}
