using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Models;

public record ReplyListModel : BasePagedListModel<ReplyRowModel>;
