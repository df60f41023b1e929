using System.Collections.Concurrent;
using System.Data;
using System.Reflection;
using LinqToDB;
using LinqToDB.Mapping;
using LinqToDB.Metadata;
using Nop.Core;

namespace Nop.Data.Mapping;

// Real source: src/Libraries/Nop.Data/Mapping/FluentMigratorMetadataReader.cs
/// <summary>
/// Gives linq2db the table and column attributes of an entity from its FluentMigrator definition. Properties
/// without a column (enum wrappers, read-only properties) get no attribute and so are not mapped.
/// </summary>
public partial class FluentMigratorMetadataReader : IMetadataReader
{
    protected static ConcurrentDictionary<(Type, MemberInfo), MappingAttribute> Types { get; } = new();

    public MappingAttribute[] GetAttributes(Type type)
    {
        if (!type.IsSubclassOf(typeof(BaseEntity)))
            return [];

        var attribute = Types.GetOrAdd((type, null), _ =>
        {
            var descriptor = NopMappingSchema.GetEntityDescriptor(type);
            return descriptor is null
                ? null
                : new TableAttribute { Schema = descriptor.SchemaName, Name = descriptor.EntityName };
        });

        return attribute is null ? [] : [attribute];
    }

    public MappingAttribute[] GetAttributes(Type type, MemberInfo memberInfo)
    {
        if (!type.IsSubclassOf(typeof(BaseEntity)))
            return [];

        var descriptor = NopMappingSchema.GetEntityDescriptor(type);
        if (descriptor is null)
            return [];

        var attribute = Types.GetOrAdd((type, memberInfo), _ => CreateColumnAttribute(type, memberInfo, descriptor));
        if (attribute is not ColumnAttribute column)
            return [];

        // PostgreSQL reads identity values from the serial column's sequence.
        return column.IsIdentity
            ? [column, new SequenceNameAttribute($"{descriptor.EntityName}_{column.Name}_seq")]
            : [column];
    }

    public MemberInfo[] GetDynamicColumns(Type type) => [];

    public string GetObjectID() => $".{nameof(FluentMigratorMetadataReader)}.";

    private static ColumnAttribute CreateColumnAttribute(Type type, MemberInfo memberInfo, NopEntityDescriptor descriptor)
    {
        if (memberInfo is PropertyInfo { CanWrite: false })
            return null;

        var columnName = NameCompatibilityManager.GetColumnName(type, memberInfo.Name);
        var field = descriptor.Fields.SingleOrDefault(f => f.Name.Equals(columnName, StringComparison.OrdinalIgnoreCase));
        if (field is null)
            return null;

        return new ColumnAttribute
        {
            Name = field.Name,
            IsColumn = true,
            IsPrimaryKey = field.IsPrimaryKey,
            IsIdentity = field.IsIdentity,
            CanBeNull = field.IsNullable ?? false,
            Length = field.Size ?? 0,
            Precision = field.Precision ?? 0,
            DataType = ToDataType(field.Type)
        };
    }

    private static DataType ToDataType(DbType dbType) => dbType switch
    {
        DbType.AnsiString or DbType.AnsiStringFixedLength => DataType.VarChar,
        DbType.String or DbType.StringFixedLength => DataType.NVarChar,
        DbType.Binary => DataType.Binary,
        DbType.Boolean => DataType.Boolean,
        DbType.Byte => DataType.Byte,
        DbType.SByte => DataType.SByte,
        DbType.Currency => DataType.Money,
        DbType.Date => DataType.Date,
        DbType.DateTime => DataType.DateTime,
        DbType.DateTime2 => DataType.DateTime2,
        DbType.DateTimeOffset => DataType.DateTimeOffset,
        DbType.Time => DataType.Time,
        DbType.Decimal => DataType.Decimal,
        DbType.VarNumeric => DataType.VarNumeric,
        DbType.Double => DataType.Double,
        DbType.Single => DataType.Single,
        DbType.Guid => DataType.Guid,
        DbType.Int16 => DataType.Int16,
        DbType.Int32 => DataType.Int32,
        DbType.Int64 => DataType.Int64,
        DbType.UInt16 => DataType.UInt16,
        DbType.UInt32 => DataType.UInt32,
        DbType.UInt64 => DataType.UInt64,
        DbType.Xml => DataType.Xml,
        _ => DataType.Undefined
    };
}
