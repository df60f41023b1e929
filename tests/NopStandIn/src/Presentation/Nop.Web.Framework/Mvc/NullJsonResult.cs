using Microsoft.AspNetCore.Mvc;

namespace Nop.Web.Framework.Mvc;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/NullJsonResult.cs
/// <summary>A JSON result with no value ("null"), returned by grid actions that have nothing to report.</summary>
public partial class NullJsonResult : JsonResult
{
    public NullJsonResult() : base(null)
    {
    }
}
