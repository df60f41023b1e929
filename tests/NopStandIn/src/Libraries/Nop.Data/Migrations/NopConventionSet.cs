using FluentMigrator.Runner;
using FluentMigrator.Runner.Conventions;

namespace Nop.Data.Migrations;

// Real source: src/Libraries/Nop.Data/Migrations/NopConventionSet.cs
/// <summary>FluentMigrator's default conventions with nopCommerce's naming of keys and indexes and its column rules.</summary>
public class NopConventionSet : IConventionSet
{
    public NopConventionSet(INopDataProvider dataProvider)
    {
        ArgumentNullException.ThrowIfNull(dataProvider);

        var defaults = new DefaultConventionSet();

        ForeignKeyConventions = new List<IForeignKeyConvention> { new NopForeignKeyConvention(dataProvider), defaults.SchemaConvention };
        IndexConventions = new List<IIndexConvention> { new NopIndexConvention(dataProvider), defaults.SchemaConvention };
        ColumnsConventions = new List<IColumnsConvention> { new NopColumnsConvention(dataProvider), new DefaultPrimaryKeyNameConvention() };
        ConstraintConventions = defaults.ConstraintConventions;
        SequenceConventions = defaults.SequenceConventions;
        AutoNameConventions = defaults.AutoNameConventions;
        SchemaConvention = defaults.SchemaConvention;
        RootPathConvention = defaults.RootPathConvention;
    }

    public IRootPathConvention RootPathConvention { get; }

    public DefaultSchemaConvention SchemaConvention { get; }

    public IList<IColumnsConvention> ColumnsConventions { get; }

    public IList<IConstraintConvention> ConstraintConventions { get; }

    public IList<IForeignKeyConvention> ForeignKeyConventions { get; }

    public IList<IIndexConvention> IndexConventions { get; }

    public IList<ISequenceConvention> SequenceConventions { get; }

    public IList<IAutoNameConvention> AutoNameConventions { get; }
}
