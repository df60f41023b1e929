using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>
/// State changes of a batch and of its orders. Each is decided by the database (a save succeeds only if nobody
/// changed the row since it was read), and recorded in the audit trail with who and when.
/// </summary>
public interface IPackingWorkflowService
{
    Task<PackingResult> AssignAsync(int batchId, int assigneeCustomerId);

    /// <summary>Open → Picking; the current user becomes the assignee if there is none.</summary>
    Task<PackingResult> StartPickingAsync(int batchId);

    /// <summary>Open or Picking → Packing: scanning and shipping are possible from then on.</summary>
    Task<PackingResult> StartPackingAsync(int batchId);

    /// <summary>Packing → Done, when every order is shipped, skipped or removed (the last shipment does it too).</summary>
    Task<PackingResult> FinishAsync(int batchId);

    /// <summary>
    /// Cancels the batch and puts its unshipped orders back in the queue. Refused while a shipment is under way.
    /// Cancelling a batch claimed by someone else needs <paramref name="mayCancelOthersClaims"/>, which the
    /// controller sets from the Packing override permission.
    /// </summary>
    Task<PackingResult> CancelAsync(int batchId, bool mayCancelOthersClaims);

    /// <summary>The order goes back to the queue, with the reason.</summary>
    Task<PackingResult> SkipOrderAsync(int batchOrderId, PackingSkipReason reason, string note = null);

    /// <summary>The order goes back to the queue.</summary>
    Task<PackingResult> RemoveOrderAsync(int batchOrderId);

    /// <summary>The order stays in the batch, flagged; it is not shipped until the problem is cleared.</summary>
    Task<PackingResult> FlagProblemAsync(int batchOrderId, string note);

    Task<PackingResult> ClearProblemAsync(int batchOrderId);
}
