using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.MerchantOps.Packing.Models;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Factories;

/// <summary>The packing report page: the report service's figures over a period ending now, in the admin's language.</summary>
public class PackingReportModelFactory
{
    /// <summary>The periods offered, in days; anything else asked for is read as the first one.</summary>
    public static readonly int[] Periods = [7, 1, 30, 90];

    private readonly PackingDisplay _display;
    private readonly IPackingReportService _reportService;
    private readonly TimeProvider _timeProvider;

    public PackingReportModelFactory(PackingDisplay display, IPackingReportService reportService, TimeProvider timeProvider)
    {
        _display = display;
        _reportService = reportService;
        _timeProvider = timeProvider;
    }

    public virtual async Task<PackingReportModel> PrepareReportModelAsync(int days)
    {
        days = Periods.Contains(days) ? days : Periods[0];
        var toUtc = _timeProvider.GetUtcNow().UtcDateTime;
        var fromUtc = toUtc.AddDays(-days);
        var culture = await _display.CultureAsync();

        var model = new PackingReportModel { Days = days };
        foreach (var period in Periods.Order())
            model.AvailablePeriods.Add(new SelectListItem(
                await _display.FormatAsync("Plugins.Misc.MerchantOps.Packing.Report.LastDays", period), period.ToString(), period == days));

        foreach (var packer in await _reportService.GetThroughputAsync(fromUtc, toUtc))
            model.Packers.Add(new PackerThroughputModel
            {
                PackerName = packer.PackerName ?? await _display.PersonAsync(packer.PackerCustomerId),
                OrdersShipped = packer.OrdersShipped,
                BusyTime = await _display.DurationAsync(packer.BusyTime),
                OrdersPerHour = packer.OrdersPerHour.ToString("0.0", culture)
            });

        var waits = await _reportService.GetPaidToShippedAsync(fromUtc, toUtc);
        model.ShippedOrders = waits.Orders;
        model.AverageWait = await _display.DurationAsync(waits.Average);
        model.MedianWait = await _display.DurationAsync(waits.Median);
        model.Percentile90Wait = await _display.DurationAsync(waits.Percentile90);
        model.LongestWait = await _display.DurationAsync(waits.Longest);
        return model;
    }
}
