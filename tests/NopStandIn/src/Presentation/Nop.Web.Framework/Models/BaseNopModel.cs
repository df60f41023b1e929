using System.Xml.Serialization;

namespace Nop.Web.Framework.Models;

// Real source: src/Presentation/Nop.Web.Framework/Models/BaseNopModel.cs
/// <summary>Base of every nopCommerce view model (a record).</summary>
public partial record BaseNopModel
{
    public BaseNopModel()
    {
        CustomProperties = new Dictionary<string, string>();
        PostInitialize();
    }

    /// <summary>Called at the end of the constructor, for derived models to set defaults.</summary>
    protected virtual void PostInitialize()
    {
    }

    /// <summary>Free-form values other code (e.g. ModelPrepared consumers) can attach to a model.</summary>
    [XmlIgnore]
    public Dictionary<string, string> CustomProperties { get; set; }
}
