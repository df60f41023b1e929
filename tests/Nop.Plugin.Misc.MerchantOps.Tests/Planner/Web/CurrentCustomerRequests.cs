using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Vendors;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner.Web;

/// <summary>
/// The web host's work context, recording the path of every request that asked who the current customer (or their
/// vendor) is. In nopCommerce that question, asked during a request without a customer cookie (a calendar client's),
/// inserts a guest customer and sets its cookie: the feed must never ask it.
/// </summary>
public sealed class CurrentCustomerRequests : IWorkContext
{
    private readonly AdminWorkContext _inner;
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly ConcurrentQueue<string> _paths = new();

    public CurrentCustomerRequests(AdminWorkContext inner, IHttpContextAccessor httpContextAccessor)
    {
        _inner = inner;
        _httpContextAccessor = httpContextAccessor;
    }

    /// <summary>Request paths that asked, once per question.</summary>
    public IReadOnlyList<string> Paths => _paths.ToList();

    public Task<Customer> GetCurrentCustomerAsync()
    {
        Record();
        return _inner.GetCurrentCustomerAsync();
    }

    public Task<Vendor> GetCurrentVendorAsync()
    {
        Record();
        return _inner.GetCurrentVendorAsync();
    }

    public Task<Language> GetWorkingLanguageAsync() => _inner.GetWorkingLanguageAsync();

    public Customer OriginalCustomerIfImpersonated => _inner.OriginalCustomerIfImpersonated;

    private void Record()
    {
        if (_httpContextAccessor.HttpContext?.Request.Path.Value is { } path)
            _paths.Enqueue(path);
    }
}
