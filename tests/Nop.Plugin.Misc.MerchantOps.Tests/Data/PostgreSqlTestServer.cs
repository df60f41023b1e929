using System.Data.Common;
using Npgsql;
using Nop.Data;
using Nop.Data.DataProviders;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>
/// PostgreSQL test databases on the server named by MERCHANTOPS_TEST_POSTGRES. Each test database is a
/// CREATE DATABASE ... TEMPLATE copy of the template (a few hundred milliseconds), which must have no connection
/// while it is copied.
/// </summary>
internal sealed class PostgreSqlTestServer : DatabaseTestServer
{
    public static PostgreSqlTestServer Instance { get; } = new();

    private PostgreSqlTestServer()
    {
    }

    public override DatabaseEngine Engine => DatabaseEngine.PostgreSql;

    public override string ConnectionStringVariable => "MERCHANTOPS_TEST_POSTGRES";

    protected override string DefaultConnectionString => "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

    public override INopDataProvider CreateDataProvider(string connectionString) => new PostgreSqlDataProvider(connectionString);

    public override string DatabaseConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ToString();

    protected override string AdminConnectionString =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres", Timeout = 5, Pooling = false }.ToString();

    protected override DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(connectionString);

    protected override string DatabaseNameOf(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database;

    protected override void ClearPool(string connectionString) => NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));

    protected override void ClearAllPools() => NpgsqlConnection.ClearAllPools();

    protected override string UnreachableReason(Exception exception)
    {
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString);
        return $"PostgreSQL is not reachable at {builder.Host}:{builder.Port} ({exception.Message}). " +
            $"Start it with 'sudo tests/scripts/start-postgres.sh' or set {ConnectionStringVariable}.";
    }

    protected override string CreateDatabaseSql(string name) => $"CREATE DATABASE \"{name}\"";

    protected override string DropDatabaseSql(string name) => $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";

    protected override string DatabasesOfTheTestsSql => $"SELECT datname FROM pg_database WHERE datname LIKE '{NamePrefix}%'";

    protected override string TableNamesSql =>
        "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1";

    protected override string IndexNamesSql => "SELECT indexname::text FROM pg_indexes WHERE schemaname = 'public' AND tablename = @table ORDER BY 1";

    protected override async Task PrepareStoreTemplateAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS citext; CREATE EXTENSION IF NOT EXISTS pgcrypto;", connection);
        await command.ExecuteNonQueryAsync();
        await connection.ReloadTypesAsync();
    }

    // a database can only be copied while nobody is connected to it
    protected override Task SealTemplateAsync(string templateName, string connectionString)
    {
        ClearPool(connectionString);
        return Task.CompletedTask;
    }

    protected override Task CopyTemplateAsync(string templateName, string name) =>
        ExecuteOnServerAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{templateName}\"", retryWhileTemplateBusy: true);

    protected override bool IsServerError(Exception exception) => exception is PostgresException;

    // 55006: the template is being accessed by another session (e.g. a parallel CREATE DATABASE)
    protected override bool IsTemplateBusy(Exception exception) => exception is PostgresException { SqlState: "55006" };
}
