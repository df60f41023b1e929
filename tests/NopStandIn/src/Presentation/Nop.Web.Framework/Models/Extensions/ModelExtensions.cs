using Nop.Core;

namespace Nop.Web.Framework.Models.Extensions;

// Real source: src/Presentation/Nop.Web.Framework/Models/Extensions/ModelExtensions.cs
public static class ModelExtensions
{
    /// <summary>The requested page of an in-memory list.</summary>
    public static IPagedList<T> ToPagedList<T>(this IList<T> list, IPagingRequestModel pagingRequestModel) =>
        new PagedList<T>(list, pagingRequestModel.Page - 1, pagingRequestModel.PageSize);

    public static async Task<IPagedList<T>> ToPagedListAsync<T>(this IAsyncEnumerable<T> collection, IPagingRequestModel pagingRequestModel)
    {
        var list = new List<T>();
        await foreach (var item in collection)
            list.Add(item);

        return list.ToPagedList(pagingRequestModel);
    }

    /// <summary>Fills a grid answer: Data from the function, Draw from the request, both record counts from the paged list's TotalCount.</summary>
    public static TListModel PrepareToGrid<TListModel, TModel, TObject>(this TListModel listModel,
        BaseSearchModel searchModel, IPagedList<TObject> objectList, Func<IEnumerable<TModel>> dataFillFunction)
        where TListModel : BasePagedListModel<TModel>
        where TModel : BaseNopModel
    {
        ArgumentNullException.ThrowIfNull(listModel);

        listModel.Data = dataFillFunction?.Invoke();
        listModel.Draw = searchModel?.Draw;
        listModel.RecordsTotal = objectList?.TotalCount ?? 0;
        listModel.RecordsFiltered = objectList?.TotalCount ?? 0;
        return listModel;
    }

    public static async Task<TListModel> PrepareToGridAsync<TListModel, TModel, TObject>(this TListModel listModel,
        BaseSearchModel searchModel, IPagedList<TObject> objectList, Func<IAsyncEnumerable<TModel>> dataFillFunction)
        where TListModel : BasePagedListModel<TModel>
        where TModel : BaseNopModel
    {
        ArgumentNullException.ThrowIfNull(listModel);

        var data = new List<TModel>();
        //as in nopCommerce, a missing data function fails (ToListAsync of null)
        var source = dataFillFunction?.Invoke() ?? throw new ArgumentNullException("source");
        await foreach (var item in source)
            data.Add(item);

        listModel.Data = data;
        listModel.Draw = searchModel?.Draw;
        listModel.RecordsTotal = objectList?.TotalCount ?? 0;
        listModel.RecordsFiltered = objectList?.TotalCount ?? 0;
        return listModel;
    }
}
