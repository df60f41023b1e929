using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Events;
using Nop.Web.Framework.Events;

namespace Nop.Web.Framework.Components;

// Real source: src/Presentation/Nop.Web.Framework/Components/NopViewComponent.cs
/// <summary>Base of nopCommerce view components: View(model) also publishes ModelPreparedEvent for the model.</summary>
public abstract partial class NopViewComponent : ViewComponent
{
    private void PublishModelPrepared(object model) =>
        HttpContext.RequestServices.GetRequiredService<IEventPublisher>().ModelPrepared(model);

    public new ViewViewComponentResult View<TModel>(string viewName, TModel model)
    {
        PublishModelPrepared(model);
        return base.View(viewName, model);
    }

    public new ViewViewComponentResult View<TModel>(TModel model)
    {
        PublishModelPrepared(model);
        return base.View(model);
    }

    public new ViewViewComponentResult View(string viewName) => base.View(viewName);
}
