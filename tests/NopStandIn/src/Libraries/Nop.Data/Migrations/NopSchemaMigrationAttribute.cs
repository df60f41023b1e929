namespace Nop.Data.Migrations;

// Real source: src/Libraries/Nop.Data/Migrations/NopSchemaMigrationAttribute.cs
/// <summary>A migration that changes the schema; nopCommerce also applies these at start-up.</summary>
public partial class NopSchemaMigrationAttribute : NopMigrationAttribute
{
    public NopSchemaMigrationAttribute(string dateTime, string description,
        MigrationProcessType targetMigrationProcess = MigrationProcessType.Update)
        : base(dateTime, description, targetMigrationProcess)
    {
        IsSchemaMigration = true;
    }
}
