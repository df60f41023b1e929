using System.Linq.Expressions;

namespace LinqToDB;

// Real source: linq2db 5.4.1 Source/LinqToDB/AsyncExtensions.cs - the linq2db that nopCommerce 4.90.3 ships; not Nop.Data.
// linq2db 6 moved this class to LinqToDB.Async. It is re-declared here, forwarding to linq2db 6, so that code
// with "using LinqToDB;" meets the same overloads as in a real tree: calls such as query.CountAsync() or
// query.AnyAsync() are ambiguous there with nopCommerce's System.Linq helpers, and must fail here too.
// Never call LinqToDB.Async.* from the plugin: that namespace does not exist in linq2db 5. Only the members
// linq2db 5.4.1 has are here (it has no ToLookupAsync). Nor may a call of the plugin bind to these: built against
// the stand-in, the plugin would then look for LinqToDB.AsyncExtensions in Nop.Data and fail in a store (the release
// tests' host-api-used.txt refuses it).
/// <summary>linq2db 5's async query extensions (source compatibility shim over linq2db 6).</summary>
public static class AsyncExtensions
{
    public static Task<bool> AllAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.AllAsync<TSource>(source, predicate, token);

    public static Task<bool> AnyAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.AnyAsync<TSource>(source, predicate, token);

    public static Task<bool> AnyAsync<TSource>(this IQueryable<TSource> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.AnyAsync<TSource>(source, token);

    public static IAsyncEnumerable<TSource> AsAsyncEnumerable<TSource>(this IQueryable<TSource> source) =>
        LinqToDB.Async.AsyncExtensions.AsAsyncEnumerable<TSource>(source);

    public static Task<decimal> AverageAsync(this IQueryable<decimal> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.AverageAsync(source, token);

    public static Task<decimal> AverageAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, decimal>> selector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.AverageAsync<TSource>(source, selector, token);

    public static Task<double> AverageAsync(this IQueryable<double> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.AverageAsync(source, token);

    public static Task<double> AverageAsync(this IQueryable<int> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.AverageAsync(source, token);

    public static Task<double> AverageAsync(this IQueryable<long> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.AverageAsync(source, token);

    public static Task<double> AverageAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, double>> selector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.AverageAsync<TSource>(source, selector, token);

    public static Task<double> AverageAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, int>> selector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.AverageAsync<TSource>(source, selector, token);

    public static Task<double> AverageAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, long>> selector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.AverageAsync<TSource>(source, selector, token);

    public static Task<decimal?> AverageAsync(this IQueryable<decimal?> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.AverageAsync(source, token);

    public static Task<decimal?> AverageAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, decimal?>> selector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.AverageAsync<TSource>(source, selector, token);

    public static Task<double?> AverageAsync(this IQueryable<double?> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.AverageAsync(source, token);

    public static Task<double?> AverageAsync(this IQueryable<int?> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.AverageAsync(source, token);

    public static Task<double?> AverageAsync(this IQueryable<long?> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.AverageAsync(source, token);

    public static Task<double?> AverageAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, double?>> selector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.AverageAsync<TSource>(source, selector, token);

    public static Task<double?> AverageAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, int?>> selector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.AverageAsync<TSource>(source, selector, token);

    public static Task<double?> AverageAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, long?>> selector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.AverageAsync<TSource>(source, selector, token);

    public static Task<float?> AverageAsync(this IQueryable<float?> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.AverageAsync(source, token);

    public static Task<float?> AverageAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, float?>> selector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.AverageAsync<TSource>(source, selector, token);

    public static Task<float> AverageAsync(this IQueryable<float> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.AverageAsync(source, token);

    public static Task<float> AverageAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, float>> selector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.AverageAsync<TSource>(source, selector, token);

    public static Task<bool> ContainsAsync<TSource>(this IQueryable<TSource> source, TSource item, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.ContainsAsync<TSource>(source, item, token);

    public static Task<int> CountAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.CountAsync<TSource>(source, predicate, token);

    public static Task<int> CountAsync<TSource>(this IQueryable<TSource> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.CountAsync<TSource>(source, token);

    public static Task<TSource> FirstAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.FirstAsync<TSource>(source, predicate, token);

    public static Task<TSource> FirstAsync<TSource>(this IQueryable<TSource> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.FirstAsync<TSource>(source, token);

    public static Task<TSource> FirstOrDefaultAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.FirstOrDefaultAsync<TSource>(source, predicate, token);

    public static Task<TSource> FirstOrDefaultAsync<TSource>(this IQueryable<TSource> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.FirstOrDefaultAsync<TSource>(source, token);

    public static Task ForEachAsync<TSource>(this IQueryable<TSource> source, Action<TSource> action, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.ForEachAsync<TSource>(source, action, token);

    public static Task ForEachUntilAsync<TSource>(this IQueryable<TSource> source, Func<TSource, bool> func, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.ForEachUntilAsync<TSource>(source, func, token);

    public static Task<long> LongCountAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.LongCountAsync<TSource>(source, predicate, token);

    public static Task<long> LongCountAsync<TSource>(this IQueryable<TSource> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.LongCountAsync<TSource>(source, token);

    public static Task<TResult> MaxAsync<TSource, TResult>(this IQueryable<TSource> source, Expression<Func<TSource, TResult>> selector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.MaxAsync<TSource, TResult>(source, selector, token);

    public static Task<TSource> MaxAsync<TSource>(this IQueryable<TSource> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.MaxAsync<TSource>(source, token);

    public static Task<TResult> MinAsync<TSource, TResult>(this IQueryable<TSource> source, Expression<Func<TSource, TResult>> selector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.MinAsync<TSource, TResult>(source, selector, token);

    public static Task<TSource> MinAsync<TSource>(this IQueryable<TSource> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.MinAsync<TSource>(source, token);

    public static Task<TSource> SingleAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SingleAsync<TSource>(source, predicate, token);

    public static Task<TSource> SingleAsync<TSource>(this IQueryable<TSource> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SingleAsync<TSource>(source, token);

    public static Task<TSource> SingleOrDefaultAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SingleOrDefaultAsync<TSource>(source, predicate, token);

    public static Task<TSource> SingleOrDefaultAsync<TSource>(this IQueryable<TSource> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SingleOrDefaultAsync<TSource>(source, token);

    public static Task<decimal> SumAsync(this IQueryable<decimal> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SumAsync(source, token);

    public static Task<decimal> SumAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, decimal>> selector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SumAsync<TSource>(source, selector, token);

    public static Task<double> SumAsync(this IQueryable<double> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SumAsync(source, token);

    public static Task<double> SumAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, double>> selector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SumAsync<TSource>(source, selector, token);

    public static Task<int> SumAsync(this IQueryable<int> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SumAsync(source, token);

    public static Task<int> SumAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, int>> selector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SumAsync<TSource>(source, selector, token);

    public static Task<long> SumAsync(this IQueryable<long> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SumAsync(source, token);

    public static Task<long> SumAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, long>> selector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SumAsync<TSource>(source, selector, token);

    public static Task<decimal?> SumAsync(this IQueryable<decimal?> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SumAsync(source, token);

    public static Task<decimal?> SumAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, decimal?>> selector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SumAsync<TSource>(source, selector, token);

    public static Task<double?> SumAsync(this IQueryable<double?> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SumAsync(source, token);

    public static Task<double?> SumAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, double?>> selector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SumAsync<TSource>(source, selector, token);

    public static Task<int?> SumAsync(this IQueryable<int?> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SumAsync(source, token);

    public static Task<int?> SumAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, int?>> selector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SumAsync<TSource>(source, selector, token);

    public static Task<long?> SumAsync(this IQueryable<long?> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SumAsync(source, token);

    public static Task<long?> SumAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, long?>> selector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SumAsync<TSource>(source, selector, token);

    public static Task<float?> SumAsync(this IQueryable<float?> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SumAsync(source, token);

    public static Task<float?> SumAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, float?>> selector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SumAsync<TSource>(source, selector, token);

    public static Task<float> SumAsync(this IQueryable<float> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SumAsync(source, token);

    public static Task<float> SumAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, float>> selector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.SumAsync<TSource>(source, selector, token);

    public static Task<TSource[]> ToArrayAsync<TSource>(this IQueryable<TSource> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.ToArrayAsync<TSource>(source, token);

    public static Task<Dictionary<TKey, TElement>> ToDictionaryAsync<TSource, TKey, TElement>(this IQueryable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.ToDictionaryAsync<TSource, TKey, TElement>(source, keySelector, elementSelector, comparer, token);

    public static Task<Dictionary<TKey, TElement>> ToDictionaryAsync<TSource, TKey, TElement>(this IQueryable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.ToDictionaryAsync<TSource, TKey, TElement>(source, keySelector, elementSelector, token);

    public static Task<Dictionary<TKey, TSource>> ToDictionaryAsync<TSource, TKey>(this IQueryable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.ToDictionaryAsync<TSource, TKey>(source, keySelector, comparer, token);

    public static Task<Dictionary<TKey, TSource>> ToDictionaryAsync<TSource, TKey>(this IQueryable<TSource> source, Func<TSource, TKey> keySelector, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.ToDictionaryAsync<TSource, TKey>(source, keySelector, token);

    public static Task<List<TSource>> ToListAsync<TSource>(this IQueryable<TSource> source, CancellationToken token = default) =>
        LinqToDB.Async.AsyncExtensions.ToListAsync<TSource>(source, token);
}
