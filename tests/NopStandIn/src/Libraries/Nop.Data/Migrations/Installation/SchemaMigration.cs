using FluentMigrator;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Configuration;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Logging;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Core.Domain.Security;
using Nop.Core.Domain.Seo;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Stores;
using Nop.Core.Domain.Topics;
using Nop.Core.Domain.Vendors;
using Nop.Data.Extensions;

namespace Nop.Data.Migrations.Installation;

// Real source: src/Libraries/Nop.Data/Migrations/Installation/SchemaMigration.cs
// (the stand-in creates the store tables Merchant Ops reads, in the store's order; the others are left out)
[NopSchemaMigration("2020/01/31 11:24:16:2551771", "Nop.Data base schema", MigrationProcessType.Installation)]
public class SchemaMigration : ForwardOnlyMigration
{
    public override void Up()
    {
        Create.TableFor<GenericAttribute>();
        Create.TableFor<Country>();
        Create.TableFor<StateProvince>();
        Create.TableFor<Address>();
        Create.TableFor<Language>();
        Create.TableFor<Customer>();
        Create.TableFor<CustomerRole>();
        Create.TableFor<CustomerCustomerRoleMapping>();
        Create.TableFor<ReturnRequest>();
        Create.TableFor<Product>();
        Create.TableFor<ProductAttributeCombination>();
        Create.TableFor<ProductPicture>();
        Create.TableFor<Order>();
        Create.TableFor<OrderItem>();
        Create.TableFor<OrderNote>();
        Create.TableFor<ShoppingCartItem>();
        Create.TableFor<Store>();
        Create.TableFor<LocaleStringResource>();
        Create.TableFor<LocalizedProperty>();
        Create.TableFor<ProductReview>();
        Create.TableFor<Warehouse>();
        Create.TableFor<Shipment>();
        Create.TableFor<ShipmentItem>();
        Create.TableFor<ProductWarehouseInventory>();
        Create.TableFor<StockQuantityHistory>();
        Create.TableFor<Setting>();
        Create.TableFor<ActivityLogType>();
        Create.TableFor<ActivityLog>();
        Create.TableFor<Log>();
        Create.TableFor<EmailAccount>();
        Create.TableFor<MessageTemplate>();
        Create.TableFor<QueuedEmail>();
        Create.TableFor<NewsLetterSubscription>();
        Create.TableFor<PermissionRecord>();
        Create.TableFor<PermissionRecordCustomerRoleMapping>();
        Create.TableFor<UrlRecord>();
        Create.TableFor<ScheduleTask>();
        Create.TableFor<Topic>();
        Create.TableFor<Vendor>();
    }
}
