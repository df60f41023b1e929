using FluentMigrator.Expressions;
using FluentMigrator.Model;
using FluentMigrator.Runner.Conventions;

namespace Nop.Data.Migrations;

// Real source: src/Libraries/Nop.Data/Migrations/NopIndexConvention.cs
/// <summary>Names unnamed indexes IX_{table}_{columns} through the data provider.</summary>
public class NopIndexConvention : IIndexConvention
{
    protected readonly INopDataProvider _dataProvider;

    public NopIndexConvention(INopDataProvider dataProvider)
    {
        _dataProvider = dataProvider;
    }

    protected virtual string GetIndexName(IndexDefinition index) =>
        _dataProvider.GetIndexName(index.TableName, string.Join('_', index.Columns.Select(column => column.Name)));

    public IIndexExpression Apply(IIndexExpression expression)
    {
        if (string.IsNullOrEmpty(expression.Index.Name))
            expression.Index.Name = GetIndexName(expression.Index);

        return expression;
    }
}
