namespace Nop.Core;

// Real source: src/Libraries/Nop.Core/IPagedList.cs
public partial interface IPagedList<T> : IList<T>
{
    int PageIndex { get; }
    int PageSize { get; }
    int TotalCount { get; }
    int TotalPages { get; }
    bool HasPreviousPage { get; }
    bool HasNextPage { get; }
}
