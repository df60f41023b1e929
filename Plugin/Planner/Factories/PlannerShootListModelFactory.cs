using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Http;
using Nop.Plugin.Misc.MerchantOps.Planner.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Models;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Keys = Nop.Plugin.Misc.MerchantOps.Planner.Domain.PlannerResourceKeys.ShootList;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Factories;

/// <summary>
/// The shoot list (published products without pictures, a vendor's own): its pages and its CSV. The views wanted are a
/// fixed, translated list ("front, back, detail"), one file name per view.
/// </summary>
public class PlannerShootListModelFactory
{
    public const int PageSize = 50;

    /// <summary>The CSV is read in chunks of this many products, up to <see cref="MaxCsvRows"/>.</summary>
    public const int CsvChunk = 1000;

    public const int MaxCsvRows = 100_000;

    private readonly PlannerActor _actor;
    private readonly PlannerDisplay _display;
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly PlannerLiveCountQuery _query;

    public PlannerShootListModelFactory(PlannerActor actor,
        PlannerDisplay display,
        IHttpContextAccessor httpContextAccessor,
        PlannerLiveCountQuery query)
    {
        _actor = actor;
        _display = display;
        _httpContextAccessor = httpContextAccessor;
        _query = query;
    }

    /// <summary>Page <paramref name="page"/> (1-based; out-of-range pages give the last one).</summary>
    public virtual async Task<PlannerShootListModel> PrepareAsync(int page)
    {
        var (_, vendorId) = await _actor.GetAsync();
        page = Math.Max(1, page);
        var (rows, total) = await _query.ShootListAsync(vendorId, page - 1, PageSize);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        if (page > pageCount)
        {
            page = pageCount;
            (rows, total) = await _query.ShootListAsync(vendorId, page - 1, PageSize);
        }

        var views = await ViewsAsync();
        return new PlannerShootListModel
        {
            Rows = rows.Select(row => ToModel(row, views)).ToList(),
            Total = total,
            Page = page,
            PageCount = pageCount,
            PageSize = PageSize
        };
    }

    /// <summary>
    /// Every product of the list as CSV: UTF-8 with a byte order mark (Excel reads accents), fields quoted when needed,
    /// and a cell starting with = + - @ (or a tab or carriage return) prefixed with an apostrophe so no spreadsheet runs it
    /// as a formula. Columns: product id, product, SKU, views, file names (space-separated), destination (absolute URL
    /// when the request has a host, else the path).
    /// </summary>
    public virtual async Task<byte[]> PrepareCsvAsync()
    {
        var (_, vendorId) = await _actor.GetAsync();
        var views = await ViewsAsync();
        var request = _httpContextAccessor.HttpContext?.Request;
        var origin = request?.Host.HasValue == true ? $"{request.Scheme}://{request.Host.Value}" : string.Empty;

        using var stream = new MemoryStream();
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true };
        await using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            csv.WriteRecord(new string[] {
                "Id", await _display.TextAsync(Keys.Product), await _display.TextAsync(Keys.Sku), await _display.TextAsync(Keys.Views),
                await _display.TextAsync(Keys.FileNames), await _display.TextAsync(Keys.Destination)
            });
            for (var chunk = 0; chunk * CsvChunk < MaxCsvRows; chunk++)
            {
                var (rows, _) = await _query.ShootListAsync(vendorId, chunk, CsvChunk);
                foreach (var row in rows.Select(row => ToModel(row, views)))
                    csv.WriteRecord(new string[] {
                        row.ProductId.ToString(CultureInfo.InvariantCulture), row.Name ?? string.Empty, row.Sku ?? string.Empty,
                        row.Views, string.Join(" ", row.FileNames), origin + row.EditUrl
                    });
                if (rows.Count < CsvChunk)
                    break;
            }
        }

        return stream.ToArray();
    }

    /// <summary>"front, back, detail" in the admin's language, split into its views.</summary>
    private async Task<IList<string>> ViewsAsync()
    {
        var text = await _display.TextAsync(Keys.DefaultViews);
        var views = (text ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return views.Length == 0 ? ["1"] : views;
    }

    private PlannerShootListRowModel ToModel(PlannerShootListRow row, IList<string> views)
    {
        var stem = FileStem(row);
        return new PlannerShootListRowModel
        {
            ProductId = row.ProductId,
            Name = row.Name,
            Sku = row.Sku,
            Views = string.Join(", ", views),
            FileNames = Enumerable.Range(1, views.Count).Select(n => $"{stem}-{n}.jpg").ToList(),
            EditUrl = (_httpContextAccessor.HttpContext?.Request.PathBase.Value ?? string.Empty) + $"/Admin/Product/Edit/{row.ProductId}"
        };
    }

    /// <summary>
    /// The file names' stem: the SEO slug as nopCommerce made it (already lower case, letters, digits and dashes), else
    /// the SKU, else "product-{id}"; reduced to lower-case letters, digits and dashes so it is a safe file name.
    /// </summary>
    public static string FileStem(PlannerShootListRow row)
    {
        foreach (var candidate in new[] { row.Slug, row.Sku })
        {
            var safe = SafeName(candidate);
            if (safe.Length > 0)
                return safe;
        }

        return string.Create(CultureInfo.InvariantCulture, $"product-{row.ProductId}");
    }

    private static string SafeName(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return string.Empty;

        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                builder.Append(c);
            else if (c is >= 'A' and <= 'Z')
                builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }

        var name = builder.ToString().Trim('-');
        return name.Length > 100 ? name[..100].TrimEnd('-') : name;
    }
}
