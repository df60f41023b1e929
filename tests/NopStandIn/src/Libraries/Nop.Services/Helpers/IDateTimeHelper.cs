namespace Nop.Services.Helpers;

// Real source: src/Libraries/Nop.Services/Helpers/IDateTimeHelper.cs (subset: the members Merchant Ops calls)
/// <summary>Converts between UTC and the time zone nopCommerce shows to the current customer.</summary>
public partial interface IDateTimeHelper
{
    Task<DateTime> ConvertToUserTimeAsync(DateTime dt);

    Task<DateTime> ConvertToUserTimeAsync(DateTime dt, DateTimeKind sourceDateTimeKind);
}
