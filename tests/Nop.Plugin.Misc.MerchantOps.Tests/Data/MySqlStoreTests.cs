using MySqlConnector;
using NUnit.Framework;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>
/// MariaDB set up as a MySQL store sets it up: the server's case-insensitive utf8mb4 collation, FluentMigrator's
/// MySQL types as nopCommerce maps them (NVARCHAR(n) in utf8, long text in the database's utf8mb4, datetime(6)),
/// strict SQL mode (too long a value is refused), UPDATE reporting the rows it matched; and what
/// <see cref="ServerStoreTests"/> checks on every server.
/// </summary>
[TestFixture(DatabaseEngine.MySql)]
public class MySqlStoreTests : ServerStoreTests
{
    public MySqlStoreTests(DatabaseEngine engine) : base(engine)
    {
    }

    protected override void AssertRefusedAsDuplicateKey(AsyncTestDelegate insert) =>
        Assert.That(Assert.ThrowsAsync<MySqlException>(insert).ErrorCode, Is.EqualTo(MySqlErrorCode.DuplicateKeyEntry));

    [Test]
    public async Task Declared_string_lengths_are_enforced()
    {
        var tooLong = Assert.ThrowsAsync<MySqlException>(() => Database.Repository<Warehouse>().InsertAsync(new Warehouse { Name = new string('W', 401) }));

        Assert.That(tooLong.ErrorCode, Is.EqualTo(MySqlErrorCode.DataTooLong));
        Assert.That(await Database.Repository<Warehouse>().Table.CountAsync(w => w.Id > 0), Is.Zero);
    }

    [Test]
    public async Task Store_columns_have_nopCommerce_s_MySQL_types()
    {
        var types = await ColumnTypesAsync("QueuedEmail");

        Assert.That(types["Subject"], Is.EqualTo("varchar(1000) utf8mb3"), "AsString(1000): NVARCHAR, which MySQL stores in utf8");
        Assert.That(types["Body"], Is.EqualTo("longtext utf8mb4"), "AsString(int.MaxValue): LONGTEXT in the database's character set");
        Assert.That(types["CreatedOnUtc"], Is.EqualTo("datetime(6) "), "AsNopDateTime2: datetime(6)");
    }

    [Test]
    public async Task The_store_s_own_short_text_columns_refuse_emoji()
    {
        var account = new EmailAccount { Email = "shop@shop.test", Host = "smtp.shop.test", Port = 25, Username = "shop", Password = "secret" };
        await Database.Repository<EmailAccount>().InsertAsync(account);
        var email = new QueuedEmail { From = "shop@shop.test", To = "ann@example.com", Subject = "Votre colis 📦", Body = "x", CreatedOnUtc = DateTime.UtcNow, EmailAccountId = account.Id };

        var refused = Assert.ThrowsAsync<MySqlException>(() => Database.Repository<QueuedEmail>().InsertAsync(email));

        Assert.That(refused.ErrorCode, Is.EqualTo(MySqlErrorCode.TruncatedWrongValueForField));
    }

    [Test]
    public async Task The_plugin_s_text_columns_are_utf8mb4()
    {
        await Database.InstallPluginSchemaAsync(runMigrations: true);

        var types = await ColumnTypesAsync(PackingTables.BatchOrder);

        Assert.That(types["Note"], Is.EqualTo($"varchar({PackingLimits.MaxNoteLength}) utf8mb4"));
    }

    [Test]
    public async Task Datetimes_keep_their_microseconds()
    {
        var createdOn = new DateTime(2026, 3, 1, 9, 30, 15, DateTimeKind.Utc).AddTicks(1234560);
        var (customer, address) = await Rows.CustomerWithAddressAsync();
        var note = new OrderNote { OrderId = (await Rows.OrderAsync(customer, address)).Id, Note = "n", CreatedOnUtc = createdOn };
        await Database.Repository<OrderNote>().InsertAsync(note);

        var read = await Database.Repository<OrderNote>().GetByIdAsync(note.Id);

        Assert.That(read.CreatedOnUtc.Ticks, Is.EqualTo(createdOn.Ticks));
    }

    // nopCommerce's MySQL connection string leaves MySqlConnector's UseAffectedRows at false: an UPDATE reports the rows
    // its WHERE matched. With true it would report only the rows whose values changed.
    [Test]
    public async Task An_update_that_changes_no_value_still_counts_the_row_it_matched()
    {
        var product = StoreData.Product("SKU-1", stockQuantity: 5);
        await Database.Repository<Product>().InsertAsync(product);
        var sameValue = $"UPDATE `Product` SET `StockQuantity` = 5 WHERE `Id` = {product.Id} AND `StockQuantity` = 5";
        var affectedRowsOnly = new Nop.Data.DataProviders.MySqlNopDataProvider(
            new MySqlConnectionStringBuilder(Database.ConnectionString) { UseAffectedRows = true }.ToString());

        var matched = await Database.DataProvider.ExecuteNonQueryAsync(sameValue);
        var changed = await affectedRowsOnly.ExecuteNonQueryAsync(sameValue);

        Assert.That((matched, changed), Is.EqualTo((1, 0)));
    }

    private async Task<Dictionary<string, string>> ColumnTypesAsync(string table)
    {
        await using var connection = new MySqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(
            "SELECT COLUMN_NAME, COLUMN_TYPE, COALESCE(CHARACTER_SET_NAME, '') FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = @table",
            connection);
        command.Parameters.AddWithValue("@table", table);

        var types = new Dictionary<string, string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            types[reader.GetString(0)] = $"{reader.GetString(1)} {reader.GetString(2)}";

        return types;
    }
}
