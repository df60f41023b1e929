using Nop.Services.Helpers;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>nopCommerce's IDateTimeHelper with times left in UTC: the admin's time zone is not what these tests look at.</summary>
public sealed class UtcDateTimeHelper : IDateTimeHelper
{
    public Task<DateTime> ConvertToUserTimeAsync(DateTime dt) => Task.FromResult(DateTime.SpecifyKind(dt, DateTimeKind.Utc));

    public Task<DateTime> ConvertToUserTimeAsync(DateTime dt, DateTimeKind sourceDateTimeKind) => ConvertToUserTimeAsync(dt);
}
