using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

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
