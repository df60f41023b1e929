using System.Globalization;
using System.Text;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Stores;
using Nop.Core.Domain.Vendors;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Seeding;

/// <summary>
/// The rows a store has before it takes orders, which nopdata.sh expects to find (it reads roles Guests/Registered,
/// the first store and published language, the US country or the first one, and published simple products with a
/// price): 2 stores, English and French, nopCommerce's system customer roles, a few countries, 3 warehouses with
/// addresses, 2 vendors, staff customers (an administrator and two packers), and a catalog of a few thousand products
/// with SKU, GTIN and manufacturer part number. Inserted through the stand-in's repositories, deterministically
/// (fixed random seed), each kind of product in one contiguous id range (the seeding SQL relies on it).
/// </summary>
public static class StoreCatalog
{
    public static readonly DateTime CreatedOnUtc = new(2023, 9, 1, 8, 0, 0, DateTimeKind.Utc);

    // Countries of the order addresses, with their share of orders in percent (a French shop selling in Europe).
    public static readonly (string Iso2, string Iso3, int Numeric, string Name, int Share)[] Countries =
    [
        ("FR", "FRA", 250, "France", 58),
        ("BE", "BEL", 56, "Belgium", 9),
        ("CH", "CHE", 756, "Switzerland", 6),
        ("DE", "DEU", 276, "Germany", 7),
        ("LU", "LUX", 442, "Luxembourg", 2),
        ("ES", "ESP", 724, "Spain", 4),
        ("IT", "ITA", 380, "Italy", 4),
        ("NL", "NLD", 528, "Netherlands", 3),
        ("GB", "GBR", 826, "United Kingdom", 3),
        ("US", "USA", 840, "United States", 2),
        ("CA", "CAN", 124, "Canada", 2)
    ];

    public static readonly string[] StaffEmails = ["admin@merchantops.bench", "packer1@merchantops.bench", "packer2@merchantops.bench"];

    private static readonly (string Prefix, string Name, decimal MinPrice, decimal MaxPrice, decimal Weight)[] SimpleLines =
    [
        ("MUG", "Mug", 12, 24, 0.4m), ("TOT", "Tote bag", 15, 29, 0.2m), ("CAN", "Scented candle", 18, 39, 0.5m),
        ("PRT", "Art print", 20, 60, 0.3m), ("NTB", "Notebook", 8, 18, 0.3m), ("BWL", "Ceramic bowl", 16, 35, 0.6m),
        ("NAP", "Linen napkin set", 22, 40, 0.4m), ("TEA", "Tea towel", 9, 16, 0.15m), ("CUS", "Cushion cover", 19, 35, 0.3m),
        ("CLK", "Wall clock", 35, 80, 0.9m), ("POT", "Plant pot", 14, 45, 1.1m), ("CRD", "Greeting card", 3, 6, 0.05m),
        ("PUZ", "Jigsaw puzzle", 19, 32, 0.7m), ("TOY", "Wooden toy", 15, 39, 0.5m), ("SOA", "Soap bar", 6, 12, 0.12m),
        ("VAS", "Glass vase", 25, 70, 1.2m)
    ];

    private static readonly (string Prefix, string Name, decimal MinPrice, decimal MaxPrice, decimal Weight)[] ApparelLines =
    [
        ("TSH", "T-shirt", 22, 35, 0.2m), ("SWT", "Sweatshirt", 45, 69, 0.6m), ("APR", "Linen apron", 29, 45, 0.3m),
        ("LSH", "Linen shirt", 59, 89, 0.35m), ("SCF", "Wool scarf", 35, 55, 0.25m)
    ];

    private static readonly (string Prefix, string Name, decimal MinPrice, decimal MaxPrice, decimal Weight)[] BulkyLines =
    [
        ("BEN", "Garden bench", 149, 349, 18m), ("PLN", "Large planter", 69, 189, 9m), ("LMP", "Floor lamp", 89, 229, 6m),
        ("RUG", "Wool rug", 119, 399, 7m), ("STL", "Oak stool", 79, 159, 5m)
    ];

    private static readonly (string Prefix, string Name, decimal MinPrice, decimal MaxPrice)[] DownloadLines =
    [
        ("EBK", "E-book", 6, 15), ("PAT", "Printable sewing pattern", 5, 12), ("WSV", "Online workshop video", 9, 25)
    ];

    private static readonly string[] Themes =
    [
        "Provence", "Lavender", "Ocean", "Botanical", "Terracotta", "Midnight", "Sunrise", "Alpine", "Riviera", "Bistro",
        "Olive grove", "Linen", "Sea salt", "Camargue", "Forest", "Lemon tree", "Atelier", "Vintage rose", "Indigo", "Sand dune",
        "Fig leaf", "Mistral", "Harbour", "Wild thyme", "Chestnut"
    ];

    private static readonly string[] Sizes = ["XS", "S", "M", "L", "XL"];

    private static readonly (string Code, string Name)[] Colours =
        [("WHT", "White"), ("NVY", "Navy"), ("SGE", "Sage"), ("TRC", "Terracotta"), ("OCH", "Ochre"), ("BLK", "Black")];

    /// <summary>Inserts the base rows; the tables must be empty (the seeder truncates them first).</summary>
    public static async Task InsertAsync(BenchDatabase database, int productCount, Action<string> log)
    {
        var random = new Random(490);

        var languages = new List<Language>
        {
            new() { Name = "English", LanguageCulture = "en-US", UniqueSeoCode = "en", FlagImageFileName = "us.png", Published = true, DisplayOrder = 1 },
            new() { Name = "Français", LanguageCulture = "fr-FR", UniqueSeoCode = "fr", FlagImageFileName = "fr.png", Published = true, DisplayOrder = 2 }
        };
        await database.Repository<Language>().InsertAsync(languages);

        var stores = new List<Store>
        {
            new()
            {
                Name = "Atelier Lumière", Url = "https://atelier-lumiere.example/", Hosts = "atelier-lumiere.example",
                DefaultLanguageId = languages[1].Id, DisplayOrder = 1, CompanyName = "Atelier Lumière SARL",
                CompanyAddress = "12 rue de la République, 69002 Lyon", CompanyPhoneNumber = "+33 4 00 00 00 00", CompanyVat = "FR00123456789"
            },
            new()
            {
                Name = "Atelier Lumière Pro", Url = "https://pro.atelier-lumiere.example/", Hosts = "pro.atelier-lumiere.example",
                DefaultLanguageId = languages[0].Id, DisplayOrder = 2, CompanyName = "Atelier Lumière SARL",
                CompanyAddress = "12 rue de la République, 69002 Lyon", CompanyPhoneNumber = "+33 4 00 00 00 00", CompanyVat = "FR00123456789"
            }
        };
        await database.Repository<Store>().InsertAsync(stores);

        var roles = new List<CustomerRole>
        {
            Role("Administrators", NopCustomerDefaults.AdministratorsRoleName),
            Role("Forum Moderators", NopCustomerDefaults.ForumModeratorsRoleName),
            Role("Registered", NopCustomerDefaults.RegisteredRoleName),
            Role("Guests", NopCustomerDefaults.GuestsRoleName),
            Role("Vendors", NopCustomerDefaults.VendorsRoleName)
        };
        await database.Repository<CustomerRole>().InsertAsync(roles);

        var countries = Countries.Select((country, index) => new Country
        {
            Name = country.Name, TwoLetterIsoCode = country.Iso2, ThreeLetterIsoCode = country.Iso3, NumericIsoCode = country.Numeric,
            AllowsBilling = true, AllowsShipping = true, SubjectToVat = country.Iso2 is not ("CH" or "GB" or "US" or "CA"),
            Published = true, DisplayOrder = index + 1
        }).ToList();
        await database.Repository<Country>().InsertAsync(countries);
        var france = countries[0];

        var warehouseAddresses = new List<Address>
        {
            WarehouseAddress(france.Id, "Lyon", "8 rue des Entrepôts", "69007"),
            WarehouseAddress(france.Id, "Paris", "40 quai de la Seine", "75019"),
            WarehouseAddress(france.Id, "Lille", "3 avenue du Fret", "59000")
        };
        await database.Repository<Address>().InsertAsync(warehouseAddresses);
        var warehouses = new List<Warehouse>
        {
            new() { Name = "Lyon – main warehouse", AddressId = warehouseAddresses[0].Id },
            new() { Name = "Paris – annex", AddressId = warehouseAddresses[1].Id },
            new() { Name = "Lille – bulky items", AddressId = warehouseAddresses[2].Id }
        };
        await database.Repository<Warehouse>().InsertAsync(warehouses);

        var vendors = new List<Vendor>
        {
            Vendor("Céramiques du Sud", "contact@ceramiques-du-sud.example"),
            Vendor("Atelier Textile Lyon", "bonjour@atelier-textile.example")
        };
        await database.Repository<Vendor>().InsertAsync(vendors);

        var staff = StaffEmails.Select((email, index) => new Customer
        {
            Email = email, Username = email, FirstName = index == 0 ? "Claire" : $"Packer {index}", LastName = index == 0 ? "Owner" : "Bench",
            Active = true, CreatedOnUtc = CreatedOnUtc, LastActivityDateUtc = CreatedOnUtc, RegisteredInStoreId = stores[0].Id,
            LanguageId = languages[1].Id
        }).ToList();
        await database.Repository<Customer>().InsertAsync(staff);
        var staffRoles = staff.SelectMany(customer => new[]
        {
            new CustomerCustomerRoleMapping { CustomerId = customer.Id, CustomerRoleId = roles[0].Id },
            new CustomerCustomerRoleMapping { CustomerId = customer.Id, CustomerRoleId = roles[2].Id }
        }).ToList();
        await database.Repository<CustomerCustomerRoleMapping>().InsertAsync(staffRoles);
        log($"stores {stores.Count}, languages {languages.Count}, roles {roles.Count}, countries {countries.Count}, " +
            $"warehouses {warehouses.Count}, vendors {vendors.Count}, staff customers {staff.Count}");

        // products: one contiguous block per kind (combinations first, then downloads, multi-warehouse, simple, unpublished)
        var combinationCount = productCount / 10;
        var downloadCount = productCount * 3 / 100;
        var multiWarehouseCount = productCount * 8 / 100;
        var unpublishedCount = productCount * 2 / 100;
        var simpleCount = productCount - combinationCount - downloadCount - multiWarehouseCount - unpublishedCount;

        var gtins = new GtinSource(random);
        var products = new List<Product>();
        var combinationPlans = new List<(Product Product, string[] Sizes, (string Code, string Name)[] Colours)>();
        var multiWarehouseProducts = new List<Product>();

        for (var n = 0; n < combinationCount; n++)
        {
            var line = ApparelLines[n % ApparelLines.Length];
            var product = NewProduct(random, gtins, line.Prefix, line.Name, n, line.MinPrice, line.MaxPrice, line.Weight);
            product.ManageInventoryMethod = ManageInventoryMethod.ManageStockByAttributes;
            product.StockQuantity = 0;
            product.AllowAddingOnlyExistingAttributeCombinations = true;
            product.WarehouseId = warehouses[0].Id;
            product.VendorId = line.Prefix is "APR" or "LSH" ? vendors[1].Id : 0;
            var sizes = Sizes.Skip(random.Next(0, 2)).Take(random.Next(2, 5)).ToArray();
            var colours = Colours.OrderBy(_ => random.Next()).Take(random.Next(2, 3)).ToArray();
            combinationPlans.Add((product, sizes, colours));
            products.Add(product);
        }

        for (var n = 0; n < downloadCount; n++)
        {
            var line = DownloadLines[n % DownloadLines.Length];
            var product = NewProduct(random, gtins, line.Prefix, line.Name, n, line.MinPrice, line.MaxPrice, 0m);
            product.IsShipEnabled = false;
            product.IsDownload = true;
            product.UnlimitedDownloads = true;
            product.ManageInventoryMethod = ManageInventoryMethod.DontManageStock;
            product.StockQuantity = 0;
            product.Gtin = null;
            products.Add(product);
        }

        for (var n = 0; n < multiWarehouseCount; n++)
        {
            var line = BulkyLines[n % BulkyLines.Length];
            var product = NewProduct(random, gtins, line.Prefix, line.Name, n, line.MinPrice, line.MaxPrice, line.Weight);
            product.UseMultipleWarehouses = true;
            product.WarehouseId = warehouses[2].Id;
            product.StockQuantity = 0;
            multiWarehouseProducts.Add(product);
            products.Add(product);
        }

        for (var n = 0; n < simpleCount; n++)
        {
            var line = SimpleLines[n % SimpleLines.Length];
            var product = NewProduct(random, gtins, line.Prefix, line.Name, n, line.MinPrice, line.MaxPrice, line.Weight);
            product.WarehouseId = random.Next(100) < 85 ? warehouses[0].Id : warehouses[1].Id;
            product.VendorId = line.Prefix switch { "BWL" or "VAS" => vendors[0].Id, "TEA" => vendors[1].Id, _ => 0 };
            products.Add(product);
        }

        for (var n = 0; n < unpublishedCount; n++)
        {
            var line = SimpleLines[n % SimpleLines.Length];
            var product = NewProduct(random, gtins, line.Prefix + "X", line.Name + " (discontinued)", n, line.MinPrice, line.MaxPrice, line.Weight);
            product.Published = false;
            product.WarehouseId = warehouses[0].Id;
            products.Add(product);
        }

        await database.Repository<Product>().InsertAsync(products);

        var combinations = new List<ProductAttributeCombination>();
        var attributeMappingId = 0;
        var attributeValueId = 0;
        foreach (var (product, sizes, colours) in combinationPlans)
        {
            var sizeMapping = ++attributeMappingId;
            var colourMapping = ++attributeMappingId;
            var sizeValues = sizes.ToDictionary(size => size, _ => ++attributeValueId);
            var colourValues = colours.ToDictionary(colour => colour.Code, _ => ++attributeValueId);
            foreach (var size in sizes)
                foreach (var colour in colours)
                {
                    combinations.Add(new ProductAttributeCombination
                    {
                        ProductId = product.Id,
                        AttributesXml = AttributesXml((sizeMapping, sizeValues[size]), (colourMapping, colourValues[colour.Code])),
                        Sku = $"{product.Sku}-{size}-{colour.Code}",
                        Gtin = gtins.Next(),
                        ManufacturerPartNumber = $"{product.ManufacturerPartNumber}-{size}{colour.Code}",
                        StockQuantity = random.Next(0, 60),
                        NotifyAdminForQuantityBelow = 1,
                        MinStockQuantity = 0
                    });
                }
        }
        await database.Repository<ProductAttributeCombination>().InsertAsync(combinations);

        var inventories = new List<ProductWarehouseInventory>();
        foreach (var product in multiWarehouseProducts)
        {
            var stocked = random.Next(100) < 60 ? new[] { warehouses[0], warehouses[2] } : warehouses.ToArray();
            foreach (var warehouse in stocked)
            {
                var stock = random.Next(0, 40);
                inventories.Add(new ProductWarehouseInventory
                {
                    ProductId = product.Id, WarehouseId = warehouse.Id, StockQuantity = stock, ReservedQuantity = random.Next(0, Math.Max(1, stock / 3))
                });
            }
        }
        await database.Repository<ProductWarehouseInventory>().InsertAsync(inventories);

        log($"products {products.Count} (attribute combinations: {combinationCount} products / {combinations.Count} combinations, " +
            $"downloads {downloadCount}, multiple warehouses {multiWarehouseCount} / {inventories.Count} inventory rows, " +
            $"simple {simpleCount}, unpublished {unpublishedCount})");
    }

    /// <summary>The description nopCommerce's attribute formatter writes on an order item for a combination.</summary>
    public static string AttributeDescription(string size, string colour) => $"Size: {size}<br />Colour: {colour}";

    private static CustomerRole Role(string name, string systemName) => new()
    {
        Name = name, SystemName = systemName, Active = true, IsSystemRole = true
    };

    private static Vendor Vendor(string name, string email) => new()
    {
        Name = name, Email = email, Active = true, PageSize = 6, AllowCustomersToSelectPageSize = true, PageSizeOptions = "6, 3, 9, 18"
    };

    private static Address WarehouseAddress(int countryId, string city, string street, string zip) => new()
    {
        CountryId = countryId, City = city, Address1 = street, ZipPostalCode = zip, Company = "Atelier Lumière",
        PhoneNumber = "+33 4 00 00 00 00", CreatedOnUtc = CreatedOnUtc
    };

    private static Product NewProduct(Random random, GtinSource gtins, string prefix, string lineName, int n,
        decimal minPrice, decimal maxPrice, decimal weight)
    {
        var theme = Themes[n / 5 % Themes.Length];
        var price = Math.Round(minPrice + (decimal)random.NextDouble() * (maxPrice - minPrice), 0) - 0.10m;
        var sku = $"{prefix}-{n + 1:0000}";
        return new Product
        {
            Name = $"{theme} {lineName.ToLowerInvariant()} no. {n + 1}",
            ShortDescription = $"{lineName} from the {theme} collection.",
            ProductType = ProductType.SimpleProduct,
            VisibleIndividually = true,
            ProductTemplateId = 1,
            AllowCustomerReviews = true,
            Sku = sku,
            Gtin = gtins.Next(),
            ManufacturerPartNumber = $"AL-{prefix}{n + 1:00000}",
            IsShipEnabled = true,
            ManageInventoryMethod = ManageInventoryMethod.ManageStock,
            StockQuantity = random.Next(100) < 8 ? random.Next(0, 3) : random.Next(5, 250),
            MinStockQuantity = random.Next(0, 3),
            NotifyAdminForQuantityBelow = 3,
            DisplayStockAvailability = true,
            OrderMinimumQuantity = 1,
            OrderMaximumQuantity = 10000,
            Price = price,
            ProductCost = Math.Round(price * 0.45m, 2),
            Weight = weight,
            Length = 0.3m,
            Width = 0.2m,
            Height = 0.1m,
            Published = true,
            CreatedOnUtc = CreatedOnUtc,
            UpdatedOnUtc = CreatedOnUtc
        };
    }

    private static string AttributesXml(params (int MappingId, int ValueId)[] attributes)
    {
        var xml = new StringBuilder("<Attributes>");
        foreach (var (mappingId, valueId) in attributes)
            xml.Append(CultureInfo.InvariantCulture,
                $"<ProductAttribute ID=\"{mappingId}\"><ProductAttributeValue><Value>{valueId}</Value></ProductAttributeValue></ProductAttribute>");
        return xml.Append("</Attributes>").ToString();
    }

    /// <summary>Unique EAN-13 codes with a valid check digit, in the French GS1 range (376).</summary>
    private sealed class GtinSource(Random random)
    {
        private readonly HashSet<string> _used = [];

        public string Next()
        {
            while (true)
            {
                var body = "376" + random.NextInt64(0, 1_000_000_000).ToString("000000000", CultureInfo.InvariantCulture);
                var sum = body.Select((digit, index) => (digit - '0') * (index % 2 == 0 ? 1 : 3)).Sum();
                var code = body + (10 - sum % 10) % 10;
                if (_used.Add(code))
                    return code;
            }
        }
    }
}
