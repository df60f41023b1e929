using FluentMigrator.Expressions;
using FluentMigrator.Runner.Conventions;
using LinqToDB;

namespace Nop.Data.Migrations;

// Real source: src/Libraries/Nop.Data/Migrations/NopColumnsConvention.cs
/// <summary>
/// On PostgreSQL every string column becomes citext (case-insensitive text); the declared length is dropped
/// with it, so lengths are not enforced by the database there.
/// </summary>
public class NopColumnsConvention : IColumnsConvention
{
    private readonly INopDataProvider _dataProvider;

    // The store reads its provider type from its data settings; the stand-in asks the data provider it runs with.
    public NopColumnsConvention(INopDataProvider dataProvider)
    {
        _dataProvider = dataProvider;
    }

    public IColumnsExpression Apply(IColumnsExpression expression)
    {
        if (!IsPostgreSql)
            return expression;

        foreach (var column in expression.Columns)
        {
            if (column.Type != System.Data.DbType.String)
                continue;

            column.Type = null;
            column.CustomType = "citext";
        }

        return expression;
    }

    private bool IsPostgreSql =>
        _dataProvider?.ConfigurationName?.StartsWith(ProviderName.PostgreSQL, StringComparison.OrdinalIgnoreCase) ?? false;
}
