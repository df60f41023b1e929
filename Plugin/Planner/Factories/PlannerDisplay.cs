using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Infrastructure;
using Nop.Services.Customers;
using Nop.Services.Helpers;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Factories;

/// <summary>How the planner's screens show texts, times and people to the current admin (<see cref="AdminDisplay"/>).</summary>
public class PlannerDisplay : AdminDisplay
{
    public PlannerDisplay(ICustomerService customerService, IDateTimeHelper dateTimeHelper,
        ILocalizationService localizationService, IWorkContext workContext)
        : base(customerService, dateTimeHelper, localizationService, workContext)
    {
    }
}
