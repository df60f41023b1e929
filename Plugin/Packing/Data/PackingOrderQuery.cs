using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Orders;
using Nop.Data;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Data;

/// <remarks>
/// <see cref="PackingOrderInfo.CustomerName"/> is the ship-to name (the billing name for orders without a shipping
/// address); <see cref="PackingOrderInfo.ShipToAddressLines"/> the rest of the address, without the name (company, street, postcode and city, county, state or province, country,
/// phone). Both are
/// plain text: views encode them.
/// </remarks>
/// <summary>
/// Reads the orders a batch or the queue already selected (so vendor scoping is the packing services' job): ship-to
/// name and address, checkout attributes, custom values. One query per table, whatever the number of orders.
/// </summary>
public class PackingOrderQuery
{
    private readonly IRepository<Address> _addressRepository;
    private readonly IRepository<Country> _countryRepository;
    private readonly IRepository<Order> _orderRepository;
    private readonly IRepository<StateProvince> _stateProvinceRepository;

    public PackingOrderQuery(IRepository<Address> addressRepository, IRepository<Country> countryRepository, IRepository<Order> orderRepository,
        IRepository<StateProvince> stateProvinceRepository)
    {
        _addressRepository = addressRepository;
        _countryRepository = countryRepository;
        _orderRepository = orderRepository;
        _stateProvinceRepository = stateProvinceRepository;
    }

    public virtual async Task<IReadOnlyDictionary<int, PackingOrderInfo>> GetOrdersAsync(IEnumerable<int> orderIds)
    {
        var ids = orderIds.Where(id => id > 0).Distinct().ToArray();
        if (ids.Length == 0)
            return new Dictionary<int, PackingOrderInfo>();

        var orders = await _orderRepository.Table.Where(order => ids.Contains(order.Id)).ToListAsync();
        var addressIds = orders.Select(order => order.ShippingAddressId ?? order.BillingAddressId).Distinct().ToArray();
        var addresses = (await _addressRepository.Table.Where(address => addressIds.Contains(address.Id)).ToListAsync())
            .ToDictionary(address => address.Id);
        var countries = await GetCountryNamesAsync(addresses.Values.Select(address => address.CountryId ?? 0));
        var states = await GetStateProvinceNamesAsync(addresses.Values.Select(address => address.StateProvinceId ?? 0));

        return orders.ToDictionary(order => order.Id, order =>
        {
            addresses.TryGetValue(order.ShippingAddressId ?? order.BillingAddressId, out var address);
            return new PackingOrderInfo(order.Id, order.StoreId, order.CustomOrderNumber, order.CreatedOnUtc,
                FullName(address), AddressLines(address, states, countries), order.ShippingMethod,
                order.CheckoutAttributeDescription, CustomValues(order.CustomValuesXml));
        });
    }

    /// <summary>Only the <see cref="PackingOrderInfo.CustomerName"/> of each order (the batch page's rows): one query.</summary>
    public virtual async Task<IReadOnlyDictionary<int, string>> GetShipToNamesAsync(IEnumerable<int> orderIds)
    {
        var ids = orderIds.Where(id => id > 0).Distinct().ToArray();
        if (ids.Length == 0)
            return new Dictionary<int, string>();

        // The address by subqueries on its id: joined, the query planner may hash a whole address table to find 200.
        var names = await (from order in _orderRepository.Table
                           where ids.Contains(order.Id)
                           let shipTo = _addressRepository.Table.Where(address => address.Id == (order.ShippingAddressId ?? order.BillingAddressId))
                           select new
                           {
                               order.Id,
                               FirstName = shipTo.Select(address => address.FirstName).FirstOrDefault(),
                               LastName = shipTo.Select(address => address.LastName).FirstOrDefault()
                           })
            .ToListAsync();

        return names.ToDictionary(name => name.Id, name => $"{name.FirstName} {name.LastName}".Trim());
    }

    public virtual async Task<IReadOnlyDictionary<int, string>> GetCountryNamesAsync(IEnumerable<int> countryIds)
    {
        var ids = countryIds.Where(id => id > 0).Distinct().ToArray();
        if (ids.Length == 0)
            return new Dictionary<int, string>();

        return (await _countryRepository.Table.Where(country => ids.Contains(country.Id)).ToListAsync())
            .ToDictionary(country => country.Id, country => country.Name);
    }

    private async Task<IReadOnlyDictionary<int, string>> GetStateProvinceNamesAsync(IEnumerable<int> stateProvinceIds)
    {
        var ids = stateProvinceIds.Where(id => id > 0).Distinct().ToArray();
        if (ids.Length == 0)
            return new Dictionary<int, string>();

        return (await _stateProvinceRepository.Table.Where(state => ids.Contains(state.Id)).ToListAsync())
            .ToDictionary(state => state.Id, state => state.Name);
    }

    /// <summary>Countries a store ships to, for the queue's filter.</summary>
    public virtual async Task<IList<SelectListItem>> GetShippingCountriesAsync() =>
        (await _countryRepository.Table
            .Where(country => country.Published && country.AllowsShipping)
            .OrderBy(country => country.DisplayOrder).ThenBy(country => country.Name)
            .ToListAsync())
        .Select(country => new SelectListItem(country.Name, country.Id.ToString()))
        .ToList();

    private static string FullName(Address address) =>
        address == null ? string.Empty : $"{address.FirstName} {address.LastName}".Trim();

    private static IReadOnlyList<string> AddressLines(Address address, IReadOnlyDictionary<int, string> states, IReadOnlyDictionary<int, string> countries)
    {
        if (address == null)
            return [];

        var cityLine = string.Join(" ", new[] { address.ZipPostalCode, address.City }.Where(part => !string.IsNullOrWhiteSpace(part)));
        countries.TryGetValue(address.CountryId ?? 0, out var country);
        states.TryGetValue(address.StateProvinceId ?? 0, out var state);
        return new[] { address.Company, address.Address1, address.Address2, cityLine, address.County, state, country, address.PhoneNumber }
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .ToList();
    }

    /// <summary>
    /// nopCommerce keeps what the customer typed in the payment form's custom fields (e.g. "Delivery instructions")
    /// as a serialized dictionary; it has no other customer note on an order.
    /// </summary>
    private static IReadOnlyList<string> CustomValues(string xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
            return [];

        try
        {
            return XDocument.Parse(xml).Descendants("item")
                .Select(item => (Key: item.Element("key")?.Value, Value: item.Element("value")?.Value))
                .Where(item => !string.IsNullOrWhiteSpace(item.Value))
                .Select(item => string.IsNullOrWhiteSpace(item.Key) ? item.Value : $"{item.Key}: {item.Value}")
                .ToList();
        }
        catch (System.Xml.XmlException)
        {
            return [];
        }
    }
}
