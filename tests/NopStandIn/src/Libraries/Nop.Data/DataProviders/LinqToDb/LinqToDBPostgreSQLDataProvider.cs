using System.Data.Common;
using LinqToDB;
using LinqToDB.Data;
using LinqToDB.DataProvider.PostgreSQL;
using LinqToDB.Internal.DataProvider.PostgreSQL;

namespace Nop.Data.DataProviders.LinqToDB;

// Real source: src/Libraries/Nop.Data/DataProviders/LinqToDb/LinqToDBPostgreSQLDataProvider.cs
// (linq2db 6 moved the base class to LinqToDB.Internal.DataProvider.PostgreSQL)
/// <summary>linq2db's PostgreSQL 9.2 provider that sends every string parameter as citext.</summary>
public partial class LinqToDBPostgreSQLDataProvider : PostgreSQLDataProvider
{
    public LinqToDBPostgreSQLDataProvider() : base(ProviderName.PostgreSQL92, PostgreSQLVersion.v92)
    {
    }

    public override void SetParameter(DataConnection dataConnection, DbParameter parameter, string name, DbDataType dataType, object value)
    {
        // citext = text compares as text (case-sensitively); citext = citext compares case-insensitively
        if (value is string && dataType.SystemType == typeof(string))
            dataType = dataType.WithDbType("citext");

        base.SetParameter(dataConnection, parameter, name, dataType, value);
    }
}
