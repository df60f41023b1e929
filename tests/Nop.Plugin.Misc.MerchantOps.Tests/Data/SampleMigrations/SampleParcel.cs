using FluentMigrator.Builders.Create.Table;
using Nop.Core;
using Nop.Data.Mapping;
using Nop.Data.Mapping.Builders;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data.SampleMigrations;

public enum SampleParcelState
{
    Open = 10,
    Sealed = 20
}

/// <summary>An entity declared outside nopCommerce, as a plugin declares its own.</summary>
public class SampleParcel : BaseEntity
{
    public string Reference { get; set; }
    public string Note { get; set; }
    public int StateId { get; set; }
    public decimal? WeightKg { get; set; }
    public DateTime CreatedOnUtc { get; set; }

    public SampleParcelState State
    {
        get => (SampleParcelState)StateId;
        set => StateId = (int)value;
    }
}

public class SampleParcelBuilder : NopEntityBuilder<SampleParcel>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table.WithColumn(nameof(SampleParcel.Reference)).AsString(40).NotNullable();
    }
}

public class SampleNameCompatibility : INameCompatibility
{
    public const string ParcelTableName = "MoTest_Parcel";

    public Dictionary<Type, string> TableNames => new() { { typeof(SampleParcel), ParcelTableName } };

    public Dictionary<(Type, string), string> ColumnName => new();
}
