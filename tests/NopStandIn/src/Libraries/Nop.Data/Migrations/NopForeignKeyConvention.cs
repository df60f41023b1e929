using FluentMigrator.Expressions;
using FluentMigrator.Model;
using FluentMigrator.Runner.Conventions;

namespace Nop.Data.Migrations;

// Real source: src/Libraries/Nop.Data/Migrations/NopForeignKeyConvention.cs
/// <summary>Names unnamed foreign keys FK_{foreign table}_{columns}_{primary table}_{columns} through the data provider.</summary>
public class NopForeignKeyConvention : IForeignKeyConvention
{
    protected readonly INopDataProvider _dataProvider;

    public NopForeignKeyConvention(INopDataProvider dataProvider)
    {
        _dataProvider = dataProvider;
    }

    protected virtual string GetForeignKeyName(ForeignKeyDefinition foreignKey) =>
        _dataProvider.CreateForeignKeyName(foreignKey.ForeignTable, string.Join('_', foreignKey.ForeignColumns),
            foreignKey.PrimaryTable, string.Join('_', foreignKey.PrimaryColumns));

    public IForeignKeyExpression Apply(IForeignKeyExpression expression)
    {
        if (string.IsNullOrEmpty(expression.ForeignKey.Name))
            expression.ForeignKey.Name = GetForeignKeyName(expression.ForeignKey);

        return expression;
    }
}
