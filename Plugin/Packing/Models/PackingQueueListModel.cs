using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

public record PackingQueueListModel : BasePagedListModel<PackingQueueRowModel>;
