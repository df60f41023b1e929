using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.FollowUps.Finder;

/// <summary>The quiet hours' end in a zone with daylight saving time (Europe/Paris), on ordinary and change nights.</summary>
public class QuietHoursTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static DateTime Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    [TestCase(4, 15, 18, 59, null, TestName = "20:59 CEST: not yet quiet")]
    [TestCase(4, 15, 19, 0, "2026-04-16T06:00", TestName = "21:00 CEST: quiet until 08:00 CEST the next day")]
    [TestCase(4, 16, 5, 59, "2026-04-16T06:00", TestName = "07:59 CEST: quiet until 08:00")]
    [TestCase(4, 16, 6, 0, null, TestName = "08:00 CEST: over")]
    [TestCase(3, 28, 22, 0, "2026-03-29T06:00", TestName = "spring night: 08:00 CEST = 06:00 UTC")]
    [TestCase(10, 24, 22, 0, "2026-10-25T07:00", TestName = "autumn night: 08:00 CET = 07:00 UTC")]
    public void Default_quiet_hours_wrap_midnight(int month, int day, int hour, int minute, string end)
    {
        var expected = end == null ? (DateTime?)null : DateTime.SpecifyKind(DateTime.Parse(end), DateTimeKind.Utc);
        Assert.That(QuietHours.EndOf(Utc(month, day, hour, minute), 21, 8, Paris), Is.EqualTo(expected));
    }

    [Test]
    public void An_end_hour_the_spring_change_skips_moves_to_the_first_hour_that_exists_and_the_autumn_one_takes_its_first_occurrence()
    {
        // 29 March, 02:00 does not exist in Paris: the end is 03:00 CEST = 01:00 UTC
        Assert.That(QuietHours.EndOf(Utc(3, 28, 23, 30), 0, 2, Paris), Is.EqualTo(Utc(3, 29, 1, 0)));
        // 25 October, 02:00 happens twice: the first (CEST) = 00:00 UTC
        Assert.That(QuietHours.EndOf(Utc(10, 24, 22, 30), 0, 2, Paris), Is.EqualTo(Utc(10, 25, 0, 0)));
    }

    [Test]
    public void Equal_hours_mean_no_quiet_hours_and_a_daytime_range_does_not_wrap()
    {
        Assert.That(QuietHours.EndOf(Utc(4, 15, 20, 0), 8, 8, Paris), Is.Null);
        Assert.That(QuietHours.EndOf(Utc(4, 15, 11, 0), 12, 14, Paris), Is.EqualTo(Utc(4, 15, 12, 0)));
        Assert.That(QuietHours.EndOf(Utc(4, 15, 12, 0), 12, 14, Paris), Is.Null);
    }
}
