using System.Linq.Expressions;
using Nop.Core;
using L2DB = LinqToDB.Async.AsyncExtensions;

namespace System.Linq;

// Real source: src/Libraries/Nop.Data/Extensions/AsyncIQueryableExtensions.cs
/// <summary>
/// nopCommerce's async LINQ over linq2db queries. Declared in System.Linq so that <c>query.ToListAsync()</c>
/// binds here without a using of LinqToDB; these overloads take no CancellationToken, which makes them win over
/// linq2db's own when both are in scope.
/// </summary>
public static class AsyncIQueryableExtensions
{
    public static Task<bool> AllAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate) =>
        L2DB.AllAsync(source, predicate);

    public static Task<bool> AnyAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate = null) =>
        predicate == null ? L2DB.AnyAsync(source) : L2DB.AnyAsync(source, predicate);

    public static Task<double> AverageAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, int>> predicate) =>
        L2DB.AverageAsync(source, predicate);

    public static Task<double?> AverageAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, int?>> predicate) =>
        L2DB.AverageAsync(source, predicate);

    public static Task<double> AverageAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, long>> predicate) =>
        L2DB.AverageAsync(source, predicate);

    public static Task<double?> AverageAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, long?>> predicate) =>
        L2DB.AverageAsync(source, predicate);

    public static Task<float> AverageAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, float>> predicate) =>
        L2DB.AverageAsync(source, predicate);

    public static Task<float?> AverageAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, float?>> predicate) =>
        L2DB.AverageAsync(source, predicate);

    public static Task<double> AverageAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, double>> predicate) =>
        L2DB.AverageAsync(source, predicate);

    public static Task<double?> AverageAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, double?>> predicate) =>
        L2DB.AverageAsync(source, predicate);

    public static Task<decimal> AverageAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, decimal>> predicate) =>
        L2DB.AverageAsync(source, predicate);

    public static Task<decimal?> AverageAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, decimal?>> predicate) =>
        L2DB.AverageAsync(source, predicate);

    public static Task<bool> ContainsAsync<TSource>(this IQueryable<TSource> source, TSource item) =>
        L2DB.ContainsAsync(source, item);

    public static Task<int> CountAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate = null) =>
        predicate == null ? L2DB.CountAsync(source) : L2DB.CountAsync(source, predicate);

    public static Task<TSource> FirstAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate = null) =>
        predicate == null ? L2DB.FirstAsync(source) : L2DB.FirstAsync(source, predicate);

    public static Task<TSource> FirstOrDefaultAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate = null) =>
        predicate == null ? L2DB.FirstOrDefaultAsync(source) : L2DB.FirstOrDefaultAsync(source, predicate);

    public static Task<long> LongCountAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate = null) =>
        predicate == null ? L2DB.LongCountAsync(source) : L2DB.LongCountAsync(source, predicate);

    public static Task<TSource> MaxAsync<TSource>(this IQueryable<TSource> source) =>
        L2DB.MaxAsync(source);

    public static Task<TResult> MaxAsync<TSource, TResult>(this IQueryable<TSource> source, Expression<Func<TSource, TResult>> predicate) =>
        L2DB.MaxAsync(source, predicate);

    public static Task<TSource> MinAsync<TSource>(this IQueryable<TSource> source) =>
        L2DB.MinAsync(source);

    public static Task<TResult> MinAsync<TSource, TResult>(this IQueryable<TSource> source, Expression<Func<TSource, TResult>> predicate) =>
        L2DB.MinAsync(source, predicate);

    public static Task<TSource> SingleAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate = null) =>
        predicate == null ? L2DB.SingleAsync(source) : L2DB.SingleAsync(source, predicate);

    public static Task<TSource> SingleOrDefaultAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate = null) =>
        predicate == null ? L2DB.SingleOrDefaultAsync(source) : L2DB.SingleOrDefaultAsync(source, predicate);

    public static Task<decimal> SumAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, decimal>> predicate) =>
        L2DB.SumAsync(source, predicate);

    public static Task<decimal?> SumAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, decimal?>> predicate) =>
        L2DB.SumAsync(source, predicate);

    public static Task<double?> SumAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, double?>> predicate) =>
        L2DB.SumAsync(source, predicate);

    public static Task<float?> SumAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, float?>> predicate) =>
        L2DB.SumAsync(source, predicate);

    public static Task<double> SumAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, double>> predicate) =>
        L2DB.SumAsync(source, predicate);

    public static Task<int> SumAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, int>> predicate) =>
        L2DB.SumAsync(source, predicate);

    public static Task<int?> SumAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, int?>> predicate) =>
        L2DB.SumAsync(source, predicate);

    public static Task<long> SumAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, long>> predicate) =>
        L2DB.SumAsync(source, predicate);

    public static Task<long?> SumAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, long?>> predicate) =>
        L2DB.SumAsync(source, predicate);

    public static Task<float> SumAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, float>> predicate) =>
        L2DB.SumAsync(source, predicate);

    public static Task<Dictionary<TKey, TElement>> ToDictionaryAsync<TSource, TKey, TElement>(this IQueryable<TSource> source,
        Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer = null) where TKey : notnull =>
        comparer == null
            ? L2DB.ToDictionaryAsync(source, keySelector, elementSelector)
            : L2DB.ToDictionaryAsync(source, keySelector, elementSelector, comparer);

    public static Task<Dictionary<TKey, TSource>> ToDictionaryAsync<TSource, TKey>(this IQueryable<TSource> source,
        Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer = null) where TKey : notnull =>
        comparer == null
            ? L2DB.ToDictionaryAsync(source, keySelector)
            : L2DB.ToDictionaryAsync(source, keySelector, comparer);

    public static Task<List<TSource>> ToListAsync<TSource>(this IQueryable<TSource> source) =>
        L2DB.ToListAsync(source);

    public static Task<TSource[]> ToArrayAsync<TSource>(this IQueryable<TSource> source) =>
        L2DB.ToArrayAsync(source);

    /// <summary>
    /// One page of the query and the total count (two queries). With <paramref name="getOnlyTotalCount"/> the page
    /// is left empty. Page size is at least 1.
    /// </summary>
    public static async Task<IPagedList<T>> ToPagedListAsync<T>(this IQueryable<T> source, int pageIndex, int pageSize, bool getOnlyTotalCount = false)
    {
        if (source == null)
            return new PagedList<T>(new List<T>(), pageIndex, pageSize);

        pageSize = Math.Max(pageSize, 1);

        var count = await source.CountAsync();

        var page = new List<T>();
        if (!getOnlyTotalCount && count > 0)
            page.AddRange(await source.Skip(pageIndex * pageSize).Take(pageSize).ToListAsync());

        return new PagedList<T>(page, pageIndex, pageSize, count);
    }

    public static IAsyncEnumerable<T> ToAsyncEnumerable<T>(this IQueryable<T> source) =>
        L2DB.AsAsyncEnumerable(source);
}
