namespace Nop.Web.Framework.Models;

// Real source: src/Presentation/Nop.Web.Framework/Models/IPagingRequestModel.cs
public partial interface IPagingRequestModel
{
    /// <summary>1-based page number.</summary>
    int Page { get; }

    int PageSize { get; }
}
