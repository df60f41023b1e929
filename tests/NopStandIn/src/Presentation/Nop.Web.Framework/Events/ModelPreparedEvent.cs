namespace Nop.Web.Framework.Events;

// Real source: src/Presentation/Nop.Web.Framework/Events/ModelPreparedEvent.cs
/// <summary>A view model is ready. Published only as ModelPreparedEvent&lt;BaseNopModel&gt; or &lt;IEnumerable&lt;BaseNopModel&gt;&gt;.</summary>
public partial class ModelPreparedEvent<T>
{
    public ModelPreparedEvent(T model)
    {
        Model = model;
    }

    public T Model { get; protected set; }
}
