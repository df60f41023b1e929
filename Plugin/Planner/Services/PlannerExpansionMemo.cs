using System.Globalization;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Services;

/// <summary>
/// A content-addressed memo of <see cref="PlannerExpander.Expand"/>: the same block, exceptions, zone and window give
/// the same occurrences, so the second request of a week that nobody edited does not run Ical.Net again.
/// <para>
/// The key holds every input of the expansion, as read from the database by the request that asks: the block's id,
/// version, local start, duration and rule, the zone's id, the window, and a fingerprint of the block's exceptions
/// (original start, kind, moved start and minutes of each, sorted). An entry can therefore never be stale: an edit of
/// the block (new version, start, duration or rule), of one occurrence (new exception fingerprint) or of the store's
/// zone makes a different key, which misses and is expanded afresh; the old entry is never read again and expires. No
/// invalidation is needed, and none is done. On a web farm each instance memoizes for itself: an entry is a
/// pure function of its key, not state another instance must see, so nothing is shared or sent between instances
/// (and the distributed cache nopCommerce may be configured with is deliberately not used).
/// </para>
/// <para>
/// Bounded: a <see cref="MemoryCache"/> owned by the memo (not nopCommerce's), at most <see cref="DefaultSizeLimit"/>
/// entries of size 1 (when full, a new entry is not kept and the cache compacts), each dropped
/// <see cref="DefaultSlidingExpiration"/> after its last read. A rule that fails (<see cref="PlannerRuleException"/>)
/// is remembered as failing under its key and fails again the same way, without being evaluated again.
/// </para>
/// Values are immutable (records with read-only lists): callers share them and must not, and cannot, change them.
/// </summary>
public sealed class PlannerExpansionMemo : IDisposable
{
    public const int DefaultSizeLimit = 5_000;

    public static readonly TimeSpan DefaultSlidingExpiration = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _cache;
    private readonly TimeSpan _slidingExpiration;

    public PlannerExpansionMemo() : this(DefaultSizeLimit, DefaultSlidingExpiration)
    {
    }

    public PlannerExpansionMemo(int sizeLimit, TimeSpan slidingExpiration)
    {
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = sizeLimit });
        _slidingExpiration = slidingExpiration;
    }

    /// <summary>How many expansions are held now (at most the size limit).</summary>
    public int Count => _cache.Count;

    /// <summary>
    /// The expansion of <paramref name="block"/> with its <paramref name="exceptions"/> in [from, to) of local time,
    /// from the memo when the same inputs were expanded before, else expanded and kept. Throws
    /// <see cref="PlannerRuleException"/> as <see cref="PlannerExpander.Expand"/> does.
    /// </summary>
    public PlannerExpansion Expand(PlannerBlock block, IEnumerable<PlannerOccurrenceException> exceptions, TimeZoneInfo timeZone,
        DateTime fromLocal, DateTime toLocal)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(timeZone);
        var own = (exceptions ?? []).Where(e => e.BlockId == block.Id).ToList();
        var key = new Key(block.Id, block.Version, block.StartLocal, block.DurationMinutes, block.RecurrenceRule ?? string.Empty,
            timeZone.Id, fromLocal, toLocal, Fingerprint(own));

        if (!_cache.TryGetValue(key, out Entry entry))
        {
            try
            {
                entry = new Entry(PlannerExpander.Expand(block, own, timeZone, fromLocal, toLocal), null);
            }
            catch (PlannerRuleException exception)
            {
                entry = new Entry(null, exception.ResourceKey);
            }

            _cache.Set(key, entry, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = _slidingExpiration });
        }

        if (entry.FailureKey != null)
            throw new PlannerRuleException(entry.FailureKey);

        return entry.Expansion;
    }

    public void Dispose() => _cache.Dispose();

    /// <summary>The block's exceptions (one per original start: the table's unique key), sorted, as one string.</summary>
    private static string Fingerprint(IReadOnlyCollection<PlannerOccurrenceException> exceptions)
    {
        if (exceptions.Count == 0)
            return string.Empty;

        var text = new StringBuilder();
        foreach (var exception in exceptions.OrderBy(e => e.OriginalStartLocal).ThenBy(e => e.KindId)
                     .ThenBy(e => e.MovedStartLocal).ThenBy(e => e.MovedDurationMinutes))
        {
            text.Append(exception.OriginalStartLocal.Ticks.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(exception.KindId.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(exception.MovedStartLocal?.Ticks.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(exception.MovedDurationMinutes?.ToString(CultureInfo.InvariantCulture)).Append(';');
        }

        return text.ToString();
    }

    private sealed record Key(int BlockId, int Version, DateTime StartLocal, int DurationMinutes, string RecurrenceRule, string ZoneId,
        DateTime FromLocal, DateTime ToLocal, string Exceptions);

    private sealed record Entry(PlannerExpansion Expansion, string FailureKey);
}
