namespace System.Linq;

// Real source: src/Libraries/Nop.Data/Extensions/AsyncIEnumerableExtensions.cs
/// <summary>
/// Awaiting LINQ over in-memory sequences (System.Linq.Async underneath), e.g.
/// <c>await items.WhereAwait(async item => await IsVisibleAsync(item)).ToListAsync()</c>.
/// </summary>
public static class AsyncIEnumerableExtensions
{
    public static IAsyncEnumerable<TResult> SelectAwait<TSource, TResult>(this IEnumerable<TSource> source,
        Func<TSource, ValueTask<TResult>> predicate) =>
        source.ToAsyncEnumerable().SelectAwait(predicate);

    public static Task<TSource> FirstOrDefaultAwaitAsync<TSource>(this IEnumerable<TSource> source,
        Func<TSource, ValueTask<bool>> predicate) =>
        source.ToAsyncEnumerable().FirstOrDefaultAwaitAsync(predicate).AsTask();

    public static Task<bool> AllAwaitAsync<TSource>(this IEnumerable<TSource> source,
        Func<TSource, ValueTask<bool>> predicate) =>
        source.ToAsyncEnumerable().AllAwaitAsync(predicate).AsTask();

    public static IAsyncEnumerable<TResult> SelectManyAwait<TSource, TResult>(this IEnumerable<TSource> source,
        Func<TSource, Task<IList<TResult>>> predicate) =>
        source.ToAsyncEnumerable().SelectManyAwait(async item => (await predicate(item)).ToAsyncEnumerable());

    public static IAsyncEnumerable<TResult> SelectManyAwait<TSource, TResult>(this IEnumerable<TSource> source,
        Func<TSource, Task<IEnumerable<TResult>>> predicate) =>
        source.ToAsyncEnumerable().SelectManyAwait(async item => (await predicate(item)).ToAsyncEnumerable());

    public static IAsyncEnumerable<TSource> WhereAwait<TSource>(this IEnumerable<TSource> source,
        Func<TSource, ValueTask<bool>> predicate) =>
        source.ToAsyncEnumerable().WhereAwait(predicate);

    public static Task<bool> AnyAwaitAsync<TSource>(this IEnumerable<TSource> source,
        Func<TSource, ValueTask<bool>> predicate) =>
        source.ToAsyncEnumerable().AnyAwaitAsync(predicate).AsTask();

    public static Task<TSource> SingleOrDefaultAwaitAsync<TSource>(this IEnumerable<TSource> source,
        Func<TSource, ValueTask<bool>> predicate) =>
        source.ToAsyncEnumerable().SingleOrDefaultAwaitAsync(predicate).AsTask();

    public static Task<List<TSource>> ToListAsync<TSource>(this IEnumerable<TSource> source) =>
        source.ToAsyncEnumerable().ToListAsync().AsTask();

    public static IOrderedAsyncEnumerable<TSource> OrderByDescendingAwait<TSource, TKey>(this IEnumerable<TSource> source,
        Func<TSource, ValueTask<TKey>> keySelector) =>
        source.ToAsyncEnumerable().OrderByDescendingAwait(keySelector);

    public static IAsyncEnumerable<IAsyncGrouping<TKey, TElement>> GroupByAwait<TSource, TKey, TElement>(this IEnumerable<TSource> source,
        Func<TSource, ValueTask<TKey>> keySelector, Func<TSource, ValueTask<TElement>> elementSelector) =>
        source.ToAsyncEnumerable().GroupByAwait(keySelector, elementSelector);

    public static IAsyncEnumerable<IAsyncGrouping<TKey, TSource>> GroupByAwait<TSource, TKey>(this IEnumerable<TSource> source,
        Func<TSource, ValueTask<TKey>> keySelector) =>
        source.ToAsyncEnumerable().GroupByAwait(keySelector);

    public static ValueTask<TAccumulate> AggregateAwaitAsync<TSource, TAccumulate>(this IEnumerable<TSource> source,
        TAccumulate seed, Func<TAccumulate, TSource, ValueTask<TAccumulate>> accumulator) =>
        source.ToAsyncEnumerable().AggregateAwaitAsync(seed, accumulator);

    public static ValueTask<Dictionary<TKey, TElement>> ToDictionaryAwaitAsync<TSource, TKey, TElement>(this IEnumerable<TSource> source,
        Func<TSource, ValueTask<TKey>> keySelector, Func<TSource, ValueTask<TElement>> elementSelector) where TKey : notnull =>
        source.ToAsyncEnumerable().ToDictionaryAwaitAsync(keySelector, elementSelector);

    public static ValueTask<decimal> SumAwaitAsync<TSource>(this IEnumerable<TSource> source,
        Func<TSource, ValueTask<decimal>> selector) =>
        source.ToAsyncEnumerable().SumAwaitAsync(selector);
}
