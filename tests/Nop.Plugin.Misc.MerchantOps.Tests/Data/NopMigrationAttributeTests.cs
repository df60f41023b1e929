using Nop.Data.Migrations;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

public class NopMigrationAttributeTests
{
    private static readonly long _ticks = new DateTime(2025, 3, 14, 9, 30, 15).Ticks;

    [TestCase("2025-03-14 09:30:15")]
    [TestCase("2025.03.14 09:30:15")]
    [TestCase("2025/03/14 09:30:15")]
    [TestCase("2025/03/14 09:30:15:0000000")]
    public void Version_is_the_ticks_of_the_date(string date)
    {
        var attribute = new NopMigrationAttribute(date, "description");

        Assert.That(attribute.Version, Is.EqualTo(_ticks));
    }

    [Test]
    public void Version_keeps_the_fraction_of_a_second()
    {
        var attribute = new NopMigrationAttribute("2025/03/14 09:30:15:1234567", "description");

        Assert.That(attribute.Version, Is.EqualTo(_ticks + 1234567));
    }

    [Test]
    public void Update_migration_version_adds_the_update_type_and_describes_the_version()
    {
        var attribute = new NopMigrationAttribute("2025/03/14 09:30:15", "1.2", UpdateMigrationType.Settings, MigrationProcessType.Update);

        Assert.Multiple(() =>
        {
            Assert.That(attribute.Version, Is.EqualTo(_ticks + (int)UpdateMigrationType.Settings));
            Assert.That(attribute.Description, Is.EqualTo("nopCommerce version 1.2. Update Settings"));
            Assert.That(attribute.TargetMigrationProcess, Is.EqualTo(MigrationProcessType.Update));
        });
    }

    [Test]
    public void Target_process_defaults_to_NoMatter()
    {
        var attribute = new NopMigrationAttribute("2025/03/14 09:30:15", "description");

        Assert.That(attribute.TargetMigrationProcess, Is.EqualTo(MigrationProcessType.NoMatter));
    }

    // As in nopCommerce 4.90.3: the date-only constructor has neither a description nor a nopCommerce version.
    [Test]
    public void A_migration_without_a_description_is_rejected()
    {
        Assert.That(() => _ = new NopMigrationAttribute("2025/03/14 09:30:15"), Throws.Exception);
    }

    [Test]
    public void A_date_in_another_format_is_rejected()
    {
        Assert.Throws<FormatException>(() => _ = new NopMigrationAttribute("14/03/2025 09:30", "description"));
    }
}
