using System.Globalization;
using FluentMigrator;

namespace Nop.Data.Migrations;

// Real source: src/Libraries/Nop.Data/Migrations/NopMigrationAttribute.cs
/// <summary>
/// A migration dated by <c>dateTime</c>: its version is the date's ticks (plus the update type for update
/// migrations), and <see cref="TargetMigrationProcess"/> says whether it runs on install, on update or both.
/// </summary>
public partial class NopMigrationAttribute : MigrationAttribute
{
    private bool _isSchemaMigration;
    private bool _applyInDbOnDebugMode = true;

    public NopMigrationAttribute(string dateTime, MigrationProcessType targetMigrationProcess = MigrationProcessType.NoMatter)
        : this(dateTime, null, null, null, targetMigrationProcess)
    {
    }

    public NopMigrationAttribute(string dateTime, string description, MigrationProcessType targetMigrationProcess = MigrationProcessType.NoMatter)
        : this(dateTime, description, null, null, targetMigrationProcess)
    {
    }

    public NopMigrationAttribute(string dateTime, string nopVersion, UpdateMigrationType updateMigrationType, MigrationProcessType targetMigrationProcess = MigrationProcessType.NoMatter)
        : this(dateTime, null, nopVersion, updateMigrationType, targetMigrationProcess)
    {
    }

    private NopMigrationAttribute(string dateTime, string description, string nopVersion,
        UpdateMigrationType? updateMigrationType, MigrationProcessType targetMigrationProcess)
        : base(GetVersion(dateTime, updateMigrationType), GetDescription(description, nopVersion, updateMigrationType))
    {
        TargetMigrationProcess = targetMigrationProcess;
    }

    public virtual MigrationProcessType TargetMigrationProcess { get; }

    public virtual bool IsSchemaMigration
    {
        get => _isSchemaMigration;
        protected set => _isSchemaMigration = value;
    }

    public virtual bool ApplyInDbOnDebugMode
    {
        get => _applyInDbOnDebugMode;
        protected set => _applyInDbOnDebugMode = value;
    }

    private static long GetVersion(string dateTime, UpdateMigrationType? updateMigrationType)
    {
        // the store throws a NopException here
        if (string.IsNullOrEmpty(dateTime))
            throw new InvalidOperationException("The date of a migration must be given: its ticks are the migration version");

        var ticks = DateTime.ParseExact(dateTime, NopMigrationDefaults.DateFormats, CultureInfo.InvariantCulture).Ticks;

        return updateMigrationType.HasValue ? ticks + (int)updateMigrationType.Value : ticks;
    }

    private static string GetDescription(string description, string nopVersion, UpdateMigrationType? updateMigrationType)
    {
        if (!string.IsNullOrEmpty(description))
            return description;

        // the store throws a NopException here (so the date-only constructor cannot be used on its own)
        if (string.IsNullOrEmpty(nopVersion))
            throw new InvalidOperationException("A migration needs either a description or a nopCommerce version");

        return updateMigrationType.HasValue
            ? string.Format(NopMigrationDefaults.UpdateMigrationDescription, nopVersion, updateMigrationType.Value)
            : null;
    }
}
