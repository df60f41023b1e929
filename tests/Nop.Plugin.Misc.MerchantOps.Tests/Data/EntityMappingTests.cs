using Nop.Data.Migrations;
using Nop.Plugin.Misc.MerchantOps.Tests.Data.SampleMigrations;
using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>An entity of another assembly (as a plugin's) gets its table from Create.TableFor and is queried through the same mapping.</summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class EntityMappingTests : DatabaseTestBase
{
    public EntityMappingTests(DatabaseEngine engine) : base(engine)
    {
    }

    [SetUp]
    public void CreateSampleTables() =>
        Database.MigrationManager.ApplyUpMigrations(typeof(SampleParcel).Assembly, MigrationProcessType.NoMatter);

    [Test]
    public async Task Table_name_comes_from_the_name_compatibility_of_the_entity_assembly()
    {
        Assert.That(await Database.GetTableNamesAsync(), Does.Contain(SampleNameCompatibility.ParcelTableName));
    }

    [Test]
    public async Task Entity_round_trips_with_its_enum_wrapper_over_the_id_column()
    {
        var parcel = new SampleParcel
        {
            Reference = "P-001",
            State = SampleParcelState.Sealed,
            WeightKg = 1.25m,
            CreatedOnUtc = StoreData.Now
        };

        await Database.Repository<SampleParcel>().InsertAsync(parcel);
        var stored = await Database.Repository<SampleParcel>().Table.SingleAsync(p => p.StateId == (int)SampleParcelState.Sealed);

        Assert.Multiple(() =>
        {
            Assert.That(stored.Id, Is.EqualTo(parcel.Id).And.GreaterThan(0));
            Assert.That(stored.StateId, Is.EqualTo(20));
            Assert.That(stored.WeightKg, Is.EqualTo(1.25m));
            Assert.That(stored.Note, Is.Null);
        });
    }

    // The wrapper is not a column: queries filter on the ...Id column, as nopCommerce's services do.
    [Test]
    public void Filtering_on_the_enum_wrapper_instead_of_its_id_column_fails()
    {
        Assert.That(async () => await Database.Repository<SampleParcel>().Table.Where(p => p.State == SampleParcelState.Open).ToListAsync(),
            Throws.InstanceOf<LinqToDB.LinqToDBException>());
    }

    [Test]
    public void Builder_columns_keep_their_constraints()
    {
        var parcel = new SampleParcel { Reference = null, CreatedOnUtc = StoreData.Now };

        Assert.That(async () => await Database.Repository<SampleParcel>().InsertAsync(parcel),
            Throws.InstanceOf<System.Data.Common.DbException>());
    }
}
