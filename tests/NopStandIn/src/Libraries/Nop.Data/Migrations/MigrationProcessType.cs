namespace Nop.Data.Migrations;

// Real source: src/Libraries/Nop.Data/Migrations/MigrationProcessType.cs
/// <summary>When a migration runs: always, only when installing, or only when updating.</summary>
public enum MigrationProcessType
{
    NoMatter,
    Installation,
    Update
}
