using System.Globalization;
using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Infrastructure;
using Nop.Services.Customers;
using Nop.Services.Helpers;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Factories;

/// <summary>
/// Texts, people and the planner's local times, in the admin's language. Local times travel in forms and scripts
/// as "yyyy-MM-ddTHH:mm" (the store's zone; <see cref="LocalFormat"/>).
/// </summary>
public class PlannerDisplay : AdminDisplay
{
    public const string LocalFormat = "yyyy-MM-dd'T'HH:mm";
    public const string DateFormat = "yyyy-MM-dd";

    public PlannerDisplay(ICustomerService customerService, IDateTimeHelper dateTimeHelper,
        ILocalizationService localizationService, IWorkContext workContext)
        : base(customerService, dateTimeHelper, localizationService, workContext)
    {
    }

    /// <summary>The person's name, e-mail or "#id"; empty for 0.</summary>
    public async Task<string> PersonAsync(int customerId) => customerId == 0 ? string.Empty : await NameAsync(customerId);

    public static string Local(DateTime local) => local.ToString(LocalFormat, CultureInfo.InvariantCulture);

    public static string Date(DateOnly day) => day.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>A local time as posted ("yyyy-MM-ddTHH:mm"); null when it is not one.</summary>
    public static DateTime? ParseLocal(string text) =>
        DateTime.TryParseExact(text?.Trim(), LocalFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? DateTime.SpecifyKind(value, DateTimeKind.Unspecified)
            : null;

    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;

    /// <summary>"09:00" or "9:00 AM", the admin's short time.</summary>
    public async Task<string> ClockAsync(DateTime local) => local.ToString("t", await CultureAsync());

    /// <summary>The day's name in the admin's language ("Monday 2 March" / "lundi 2 mars").</summary>
    public async Task<string> DayNameAsync(DateOnly day) => day.ToString("dddd d MMMM", await CultureAsync());

    public async Task<string> ShortDayNameAsync(DateOnly day) => day.ToString("ddd d", await CultureAsync());

    public async Task<string> LongDateAsync(DateOnly day) => day.ToString("d MMMM yyyy", await CultureAsync());
}
