using System.Linq.Expressions;
using LinqToDB;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Data;

/// <summary>
/// The send row's updates, each one UPDATE of the columns a step changed, so the database settles races: a retry
/// takes a send over only while nobody holds its lock, and a step's id is stored without rewriting what another
/// request stored meanwhile. Only linq2db API that linq2db 5 (the store) and 6 (the stand-in) share.
/// </summary>
internal static class ReplySendRowUpdates
{
    /// <summary>
    /// Takes the send over (the lock the entity's <see cref="CannedReplySend.TakeOver"/> set), unless another request
    /// holds the lock right now.
    /// </summary>
    public static async Task<bool> TryTakeOverAsync(this IRepository<CannedReplySend> sends, CannedReplySend send, DateTime now)
    {
        var sendId = send.Id;
        var lockedUntil = send.LockedUntilUtc;
        var taken = await sends.Table
            .Where(row => row.Id == sendId && (row.LockedUntilUtc == null || row.LockedUntilUtc < now))
            .Set(row => row.LockedUntilUtc, lockedUntil)
            .UpdateAsync();
        return taken != 0;
    }

    /// <summary>Stores the id <see cref="CannedReplySend.RecordEmail"/> recorded.</summary>
    public static Task SaveEmailAsync(this IRepository<CannedReplySend> sends, CannedReplySend send) =>
        SaveStepAsync(sends, send.Id, row => row.QueuedEmailId, send.QueuedEmailId);

    /// <summary>Stores the id <see cref="CannedReplySend.RecordNote"/> recorded.</summary>
    public static Task SaveNoteAsync(this IRepository<CannedReplySend> sends, CannedReplySend send) =>
        SaveStepAsync(sends, send.Id, row => row.OrderNoteId, send.OrderNoteId);

    /// <summary>Stores what <see cref="CannedReplySend.Finish"/> set: the error, and the lock released.</summary>
    public static async Task SaveFinishAsync(this IRepository<CannedReplySend> sends, CannedReplySend send)
    {
        var sendId = send.Id;
        var error = send.Error;
        await sends.Table.Where(row => row.Id == sendId)
            .Set(row => row.Error, error)
            .Set(row => row.LockedUntilUtc, (DateTime?)null)
            .UpdateAsync();
    }

    private static async Task SaveStepAsync(IRepository<CannedReplySend> sends, int sendId,
        Expression<Func<CannedReplySend, int?>> column, int? value)
    {
        await sends.Table.Where(row => row.Id == sendId).Set(column, value).UpdateAsync();
    }
}
