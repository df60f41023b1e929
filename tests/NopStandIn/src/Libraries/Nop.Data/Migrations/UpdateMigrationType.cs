namespace Nop.Data.Migrations;

// Real source: src/Libraries/Nop.Data/Migrations/UpdateMigrationType.cs
/// <summary>Kind of an update migration; its value is added to the migration version.</summary>
public enum UpdateMigrationType
{
    Data = 5,
    Localization = 10,
    Settings = 15
}
