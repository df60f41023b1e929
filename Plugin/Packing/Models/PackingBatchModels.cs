using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

/// <summary>Filters of the batch list: mine or everybody's, and the state.</summary>
public record PackingBatchSearchModel : BaseSearchModel
{
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Packing.Batches.Scope")]
    public bool MineOnly { get; set; }

    /// <summary>0 = batches still under way, -1 = any, otherwise a PackingBatchState.</summary>
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Packing.Batches.State")]
    public int StateId { get; set; }

    public IList<SelectListItem> AvailableScopes { get; set; } = new List<SelectListItem>();
    public IList<SelectListItem> AvailableStates { get; set; } = new List<SelectListItem>();
}

public record PackingBatchRowModel : BaseNopEntityModel
{
    public string Name { get; set; }
    public string State { get; set; }
    public string Assignee { get; set; }
    public string CreatedOn { get; set; }
    public string Progress { get; set; }
    public int Percent { get; set; }
}

public record PackingBatchListModel : BasePagedListModel<PackingBatchRowModel>;

/// <summary>A button of the batch page that moves the batch to its next state.</summary>
public record PackingTransitionModel(string Action, string ResourceKey, string ButtonClass, string Icon, bool Confirm);

/// <summary>The batch page: state, transitions, people, progress, orders and audit trail.</summary>
public record PackingBatchModel : BaseNopEntityModel
{
    public string Name { get; set; }
    public int StateId { get; set; }
    public string State { get; set; }
    public string StateCssClass { get; set; }
    public string StoreName { get; set; }
    public string Assignee { get; set; }
    public string CreatedBy { get; set; }
    public string CreatedOn { get; set; }
    public string PickingStartedOn { get; set; }
    public string PackingStartedOn { get; set; }
    public string FinishedOn { get; set; }
    public bool IsAssignedToMe { get; set; }
    public int AssigneeCustomerId { get; set; }

    /// <summary>Who the batch can be assigned to: members of the roles with the Packing permission (a vendor: their own staff).</summary>
    public IList<SelectListItem> AvailableAssignees { get; set; } = new List<SelectListItem>();

    public bool IsClosed { get; set; }
    public bool CanPack { get; set; }

    public int Total { get; set; }
    public int Done { get; set; }
    public int Problems { get; set; }
    public int Skipped { get; set; }
    public int Percent { get; set; }

    public IList<PackingTransitionModel> Transitions { get; set; } = new List<PackingTransitionModel>();
    public IList<PackingBatchOrderModel> Orders { get; set; } = new List<PackingBatchOrderModel>();
    public IList<PackingAuditEntryModel> Audit { get; set; } = new List<PackingAuditEntryModel>();
    public int AuditTotal { get; set; }
    public IList<SelectListItem> SkipReasons { get; set; } = new List<SelectListItem>();
}

public record PackingBatchOrderModel
{
    public int BatchOrderId { get; set; }
    public int OrderId { get; set; }
    public string OrderNumber { get; set; }
    public string CustomerName { get; set; }
    public int StatusId { get; set; }
    public string Status { get; set; }
    public string StatusCssClass { get; set; }
    public string SkipReason { get; set; }
    public string Problem { get; set; }
    public string Note { get; set; }
    public bool VerifiedManually { get; set; }
    public int ItemCount { get; set; }
    public int VerifiedCount { get; set; }
    public string ShippedOn { get; set; }
    public bool CanSkip { get; set; }
    public bool CanRemove { get; set; }
    public bool CanFlag { get; set; }
    public bool CanClear { get; set; }
    public bool CanPack { get; set; }

    /// <summary>Shipping failed for a reason that may pass: the Pack button reads "Retry shipping".</summary>
    public bool CanRetryShip { get; set; }
}

public record PackingAuditEntryModel
{
    public string CreatedOn { get; set; }
    public string Who { get; set; }
    public string Event { get; set; }
    public string OrderNumber { get; set; }
    public string Code { get; set; }
    public string Message { get; set; }
    public string Note { get; set; }

    /// <summary>A refused scan or a manual override: shown highlighted.</summary>
    public bool Highlight { get; set; }
}

/// <summary>Posted by the order actions of the batch page.</summary>
public record PackingOrderActionModel : BaseNopModel
{
    public int BatchId { get; set; }
    public int BatchOrderId { get; set; }
    public int Reason { get; set; }
    public string Note { get; set; }
}
