using FluentMigrator.Runner.VersionTableInfo;
using Nop.Core;

namespace Nop.Data.Migrations;

// Real source: src/Libraries/Nop.Data/Migrations/MigrationVersionInfo.cs
/// <summary>The table recording applied migrations: MigrationVersionInfo(Version, AppliedOn, Description).</summary>
public partial class MigrationVersionInfo : BaseEntity, IVersionTableMetaData
{
    public MigrationVersionInfo()
    {
        TableName = nameof(MigrationVersionInfo);
        ColumnName = nameof(Version);
        DescriptionColumnName = nameof(Description);
        AppliedOnColumnName = nameof(AppliedOn);
    }

    public long Version { get; set; }

    public string Description { get; set; }

    public DateTime AppliedOn { get; set; }

    public bool OwnsSchema { get; } = true;

    public string SchemaName { get; } = string.Empty;

    public string TableName { get; }

    public string ColumnName { get; }

    public string DescriptionColumnName { get; }

    public string UniqueIndexName { get; } = "UC_Version";

    public string AppliedOnColumnName { get; }

    public bool CreateWithPrimaryKey { get; } = false;
}
