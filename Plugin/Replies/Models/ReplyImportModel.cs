using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Models;

/// <summary>The CSV import form (multipart).</summary>
public record ReplyImportModel : BaseNopModel
{
    public Microsoft.AspNetCore.Http.IFormFile ImportFile { get; set; }
}
