using System.ComponentModel.DataAnnotations.Schema;
using System.Data;
using System.Reflection;
using FluentMigrator.Builders.Alter.Table;
using FluentMigrator.Builders.Create;
using FluentMigrator.Builders.Create.Table;
using FluentMigrator.Model;
using LinqToDB.Mapping;
using Nop.Core;
using Nop.Data.Mapping;
using Nop.Data.Mapping.Builders;

namespace Nop.Data.Extensions;

// Real source: src/Libraries/Nop.Data/Extensions/FluentMigratorExtensions.cs
public static class FluentMigratorExtensions
{
    private const int DATE_TIME_PRECISION = 6;

    // CLR types Create.TableFor maps by itself; a property of any other type (enums included) gets no column.
    private static Dictionary<Type, Action<ICreateTableColumnAsTypeSyntax>> TypeMapping { get; } = new()
    {
        [typeof(int)] = column => column.AsInt32(),
        [typeof(long)] = column => column.AsInt64(),
        [typeof(string)] = column => column.AsString(int.MaxValue).Nullable(),
        [typeof(bool)] = column => column.AsBoolean(),
        [typeof(decimal)] = column => column.AsDecimal(18, 4),
        [typeof(DateTime)] = column => column.AsNopDateTime2(),
        [typeof(byte[])] = column => column.AsBinary(int.MaxValue),
        [typeof(Guid)] = column => column.AsGuid()
    };

    /// <summary>
    /// A datetime column with nopCommerce's precision (6 fractional digits): datetime(6) on MySQL, datetime2(6) on
    /// SQL Server, FluentMigrator's DateTime2 type elsewhere (timestamp on PostgreSQL), chosen by the data settings.
    /// </summary>
    public static ICreateTableColumnOptionOrWithColumnSyntax AsNopDateTime2(this ICreateTableColumnAsTypeSyntax syntax) =>
        DataSettingsManager.LoadSettings().DataProvider switch
        {
            DataProviderType.MySql => syntax.AsCustom($"datetime({DATE_TIME_PRECISION})"),
            DataProviderType.SqlServer => syntax.AsCustom($"datetime2({DATE_TIME_PRECISION})"),
            _ => syntax.AsDateTime2()
        };

    /// <summary>Adds an index on the column and a foreign key to <typeparamref name="TPrimary"/> (cascade delete by default).</summary>
    public static ICreateTableColumnOptionOrForeignKeyCascadeOrWithColumnSyntax ForeignKey<TPrimary>(
        this ICreateTableColumnOptionOrWithColumnSyntax column, string primaryTableName = null,
        string primaryColumnName = null, Rule onDelete = Rule.Cascade) where TPrimary : BaseEntity
    {
        if (string.IsNullOrEmpty(primaryTableName))
            primaryTableName = NameCompatibilityManager.GetTableName(typeof(TPrimary));

        if (string.IsNullOrEmpty(primaryColumnName))
            primaryColumnName = nameof(BaseEntity.Id);

        return column.Indexed().ForeignKey(primaryTableName, primaryColumnName).OnDelete(onDelete);
    }

    /// <summary>Adds an index on the column and a foreign key to <typeparamref name="TPrimary"/> (cascade delete by default).</summary>
    public static IAlterTableColumnOptionOrAddColumnOrAlterColumnOrForeignKeyCascadeSyntax ForeignKey<TPrimary>(
        this IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax column, string primaryTableName = null,
        string primaryColumnName = null, Rule onDelete = Rule.Cascade) where TPrimary : BaseEntity
    {
        if (string.IsNullOrEmpty(primaryTableName))
            primaryTableName = NameCompatibilityManager.GetTableName(typeof(TPrimary));

        if (string.IsNullOrEmpty(primaryColumnName))
            primaryColumnName = nameof(BaseEntity.Id);

        return column.Indexed().ForeignKey(primaryTableName, primaryColumnName).OnDelete(onDelete);
    }

    /// <summary>Creates the table of an entity: its builder's columns first, then one column per mappable property.</summary>
    public static void TableFor<TEntity>(this ICreateExpressionRoot expressionRoot) where TEntity : BaseEntity
    {
        var type = typeof(TEntity);
        var builder = expressionRoot.Table(NameCompatibilityManager.GetTableName(type)) as CreateTableExpressionBuilder;
        builder.RetrieveTableExpressions(type);
    }

    public static void RetrieveTableExpressions(this CreateTableExpressionBuilder builder, Type type)
    {
        FindEntityBuilder(type)?.MapEntity(builder);

        var expression = builder.Expression;
        if (!expression.Columns.Any(column => column.IsPrimaryKey))
        {
            var primaryKey = new ColumnDefinition
            {
                Name = nameof(BaseEntity.Id),
                Type = DbType.Int32,
                IsIdentity = true,
                IsPrimaryKey = true,
                TableName = NameCompatibilityManager.GetTableName(type),
                ModificationType = ColumnModificationType.Create
            };
            expression.Columns.Insert(0, primaryKey);
            builder.CurrentColumn = primaryKey;
        }

        var properties = type
            .GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.SetProperty)
            .Where(property => property.DeclaringType != typeof(BaseEntity)
                && property.CanWrite
                && property.GetCustomAttribute<NotMappedAttribute>() is null
                && property.GetCustomAttribute<NotColumnAttribute>() is null
                && !expression.Columns.Any(column => column.Name.Equals(
                    NameCompatibilityManager.GetColumnName(type, property.Name), StringComparison.OrdinalIgnoreCase))
                && TypeMapping.ContainsKey(GetTypeToMap(property.PropertyType).propType));

        foreach (var property in properties)
        {
            var (propType, canBeNullable) = GetTypeToMap(property.PropertyType);
            DefineByOwnType(NameCompatibilityManager.GetColumnName(type, property.Name), propType, builder, canBeNullable);
        }
    }

    public static (Type propType, bool canBeNullable) GetTypeToMap(this Type type)
    {
        return Nullable.GetUnderlyingType(type) is { } underlyingType ? (underlyingType, true) : (type, false);
    }

    private static IEntityBuilder FindEntityBuilder(Type entityType)
    {
        var builderType = StandInTypeFinder.FindClassesOfType(typeof(IEntityBuilder))
            .FirstOrDefault(type => type.BaseType?.GetGenericArguments().Contains(entityType) ?? false);

        return builderType is null ? null : Activator.CreateInstance(builderType) as IEntityBuilder;
    }

    private static void DefineByOwnType(string columnName, Type propType, CreateTableExpressionBuilder create, bool canBeNullable)
    {
        if (string.IsNullOrEmpty(columnName))
            throw new ArgumentException("The column name cannot be empty");

        // strings and other enumerables (byte[]) are always nullable
        if (propType == typeof(string) || typeof(System.Collections.IEnumerable).IsAssignableFrom(propType))
            canBeNullable = true;

        var column = create.WithColumn(columnName);
        TypeMapping[propType](column);

        if (propType == typeof(DateTime))
            create.CurrentColumn.Precision = DATE_TIME_PRECISION;

        if (canBeNullable)
            create.Nullable();
    }
}
