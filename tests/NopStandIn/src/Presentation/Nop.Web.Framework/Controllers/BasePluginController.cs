using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Web.Framework.Controllers;

// Real source: src/Presentation/Nop.Web.Framework/Controllers/BasePluginController.cs
[NotNullValidationMessage]
public abstract partial class BasePluginController : BaseController;
