using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests;

public class SmokeTests
{
    [Test]
    public void Plugin_system_name_is_the_one_in_plugin_json() =>
        Assert.That(MerchantOpsDefaults.SystemName, Is.EqualTo("Misc.MerchantOps"));
}
