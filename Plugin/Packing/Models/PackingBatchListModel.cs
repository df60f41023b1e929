using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

public record PackingBatchListModel : BasePagedListModel<PackingBatchRowModel>;
