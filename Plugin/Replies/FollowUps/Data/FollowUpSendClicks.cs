using LinqToDB;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Data;

/// <summary>The tracked link's one write: the first arrival only, by a conditional UPDATE (two clicks at once: one time kept).</summary>
internal static class FollowUpSendClicks
{
    /// <returns>True when this arrival was the first.</returns>
    public static async Task<bool> RecordFirstArrivalAsync(this IRepository<FollowUpSend> sends, Guid clickToken, DateTime nowUtc)
    {
        var updated = await sends.Table
            .Where(row => row.ClickToken == clickToken && row.ClickedOnUtc == null)
            .Set(row => row.ClickedOnUtc, nowUtc)
            .UpdateAsync();
        return updated != 0;
    }
}
