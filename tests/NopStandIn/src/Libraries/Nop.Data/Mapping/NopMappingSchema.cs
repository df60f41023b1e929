using System.Collections.Concurrent;
using FluentMigrator.Builders.Create.Table;
using FluentMigrator.Expressions;
using LinqToDB.DataProvider;
using LinqToDB.Mapping;
using Nop.Core;
using Nop.Data.Extensions;
using Nop.Data.Migrations;

namespace Nop.Data.Mapping;

// Real source: src/Libraries/Nop.Data/Mapping/NopMappingSchema.cs
/// <summary>
/// The linq2db mapping is derived from the same FluentMigrator table definition that creates the table
/// (Create.TableFor), so queries see exactly the columns a store has.
/// </summary>
public static class NopMappingSchema
{
    private static ConcurrentDictionary<Type, NopEntityDescriptor> EntityDescriptors { get; } = new();

    // nopCommerce keeps one schema per process (one database); the stand-in may talk to SQLite and PostgreSQL
    // in the same process, hence one schema per configuration.
    private static ConcurrentDictionary<string, MappingSchema> MappingSchemas { get; } = new();

    public static NopEntityDescriptor GetEntityDescriptor(Type entityType)
    {
        if (!typeof(BaseEntity).IsAssignableFrom(entityType))
            return null;

        return EntityDescriptors.GetOrAdd(entityType, CreateEntityDescriptor);
    }

    public static MappingSchema GetMappingSchema(string configurationName, IDataProvider mappings)
    {
        return MappingSchemas.GetOrAdd(configurationName, name =>
        {
            var schema = new MappingSchema(name, mappings.MappingSchema);
            schema.AddMetadataReader(new FluentMigratorMetadataReader());
            return schema;
        });
    }

    private static NopEntityDescriptor CreateEntityDescriptor(Type entityType)
    {
        var tableName = NameCompatibilityManager.GetTableName(entityType);
        var builder = new CreateTableExpressionBuilder(new CreateTableExpression { TableName = tableName }, new NullMigrationContext());
        builder.RetrieveTableExpressions(entityType);

        return new NopEntityDescriptor
        {
            EntityName = tableName,
            SchemaName = builder.Expression.SchemaName,
            Fields = builder.Expression.Columns.Select(column => new NopEntityFieldDescriptor
            {
                Name = column.Name,
                IsPrimaryKey = column.IsPrimaryKey,
                IsNullable = column.IsNullable,
                IsUnique = column.IsUnique,
                Size = column.Size,
                Precision = column.Precision,
                IsIdentity = column.IsIdentity,
                Type = column.Type ?? System.Data.DbType.String
            }).ToList()
        };
    }
}
