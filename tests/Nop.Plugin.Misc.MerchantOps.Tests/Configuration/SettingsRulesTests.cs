using Nop.Plugin.Misc.MerchantOps.Configuration.Domain;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Configuration;

public class SettingsRulesTests
{
    [Test]
    public void Default_settings_are_valid() =>
        Assert.That(SettingsRules.Check(new MerchantOpsSettings()), Is.Empty);

    [TestCase(0)]
    [TestCase(-3)]
    [TestCase(501)]
    public void Batch_size_outside_1_to_500_is_refused(int size)
    {
        var problems = SettingsRules.Check(new MerchantOpsSettings { PackingDefaultBatchSize = size });

        Assert.That(problems.Select(p => p.PropertyName), Is.EqualTo(new[] { nameof(MerchantOpsSettings.PackingDefaultBatchSize) }));
    }

    [TestCase(1)]
    [TestCase(500)]
    public void Batch_size_at_the_limits_is_accepted(int size) =>
        Assert.That(SettingsRules.Check(new MerchantOpsSettings { PackingDefaultBatchSize = size }), Is.Empty);

    [Test]
    public void Cash_on_delivery_without_any_payment_method_is_refused()
    {
        var problems = SettingsRules.Check(new MerchantOpsSettings { PackingIncludePendingCashOnDelivery = true, PackingCashOnDeliveryPaymentMethods = " , " });

        Assert.That(problems.Single().ResourceKey, Does.EndWith("CashOnDeliveryPaymentMethods.Required"));
    }

    [TestCase("Payments.Cash<script>")]
    [TestCase("Payments Cash")]
    public void Payment_method_names_with_other_characters_are_refused(string methods)
    {
        var problems = SettingsRules.Check(new MerchantOpsSettings { PackingCashOnDeliveryPaymentMethods = methods });

        Assert.That(problems.Single().ResourceKey, Does.EndWith("CashOnDeliveryPaymentMethods.Invalid"));
    }

    [Test]
    public void Payment_methods_are_split_on_commas_and_blanks_dropped() =>
        Assert.That(SettingsRules.SplitPaymentMethods(" Payments.A ,, Payments.B;Payments.C "),
            Is.EqualTo(new[] { "Payments.A", "Payments.B", "Payments.C" }));
}
