using Nop.Core;
using Nop.Core.Domain.Customers;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Services;

/// <summary>The current user and the vendor they belong to (0 for the shop's own staff), asked once per request.</summary>
public class PlannerActor
{
    private readonly IWorkContext _workContext;
    private (Customer Customer, int VendorId)? _current;

    public PlannerActor(IWorkContext workContext)
    {
        _workContext = workContext;
    }

    public async Task<(Customer Customer, int VendorId)> GetAsync()
    {
        if (_current is { } current)
            return current;

        var customer = await _workContext.GetCurrentCustomerAsync();
        var vendor = await _workContext.GetCurrentVendorAsync();
        _current = (customer, vendor?.Id ?? 0);
        return _current.Value;
    }
}
