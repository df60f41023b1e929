using FluentMigrator;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Logging;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Seo;
using Nop.Core.Domain.Topics;

namespace Nop.Data.Migrations.Installation;

// Real source: src/Libraries/Nop.Data/Migrations/Installation/Indexes.cs
// The store's indexes on the tables the stand-in creates. SQL Server options (non-clustered, included
// columns) are left out: PostgreSQL and SQLite stores get plain indexes on the same columns. IX_Product_Search
// exists on SQL Server only. The indexes of the 4.70-4.90 upgrade migrations are either SQL Server only or
// repeated here (a fresh 4.90 install records those upgrade migrations without running them).
[NopSchemaMigration("2020/03/13 09:36:08:9037677", "Nop.Data base indexes", MigrationProcessType.Installation)]
public class Indexes : ForwardOnlyMigration
{
    public override void Up()
    {
        Create.Index("IX_UrlRecord_Slug").OnTable(nameof(UrlRecord))
            .OnColumn(nameof(UrlRecord.Slug)).Ascending();

        Create.Index("IX_UrlRecord_Custom_1").OnTable(nameof(UrlRecord))
            .OnColumn(nameof(UrlRecord.EntityId)).Ascending()
            .OnColumn(nameof(UrlRecord.EntityName)).Ascending()
            .OnColumn(nameof(UrlRecord.LanguageId)).Ascending()
            .OnColumn(nameof(UrlRecord.IsActive)).Ascending();

        Create.Index("IX_ShoppingCartItem_ShoppingCartTypeId_CustomerId").OnTable(nameof(ShoppingCartItem))
            .OnColumn(nameof(ShoppingCartItem.ShoppingCartTypeId)).Ascending()
            .OnColumn(nameof(ShoppingCartItem.CustomerId)).Ascending();

        Create.Index("IX_QueuedEmail_SentOnUtc_DontSendBeforeDateUtc_Extended").OnTable(nameof(QueuedEmail))
            .OnColumn(nameof(QueuedEmail.SentOnUtc)).Ascending()
            .OnColumn(nameof(QueuedEmail.DontSendBeforeDateUtc)).Ascending();

        Create.Index("IX_QueuedEmail_CreatedOnUtc").OnTable(nameof(QueuedEmail))
            .OnColumn(nameof(QueuedEmail.CreatedOnUtc)).Descending();

        Create.Index("IX_Product_VisibleIndividually_Published_Deleted_Extended").OnTable(nameof(Product))
            .OnColumn(nameof(Product.VisibleIndividually)).Ascending()
            .OnColumn(nameof(Product.Published)).Ascending()
            .OnColumn(nameof(Product.Deleted)).Ascending();

        Create.Index("IX_Product_VisibleIndividually").OnTable(nameof(Product))
            .OnColumn(nameof(Product.VisibleIndividually)).Ascending();

        Create.Index("IX_Product_Name").OnTable(nameof(Product))
            .OnColumn(nameof(Product.Name)).Ascending();

        Create.Index("IX_Product_SubjectToAcl").OnTable(nameof(Product))
            .OnColumn(nameof(Product.SubjectToAcl)).Ascending();

        Create.Index("IX_Product_ShowOnHomepage").OnTable(nameof(Product))
            .OnColumn(nameof(Product.ShowOnHomepage)).Ascending();

        Create.Index("IX_Product_Published").OnTable(nameof(Product))
            .OnColumn(nameof(Product.Published)).Ascending();

        Create.Index("IX_Product_PriceDatesEtc").OnTable(nameof(Product))
            .OnColumn(nameof(Product.Price)).Ascending()
            .OnColumn(nameof(Product.AvailableStartDateTimeUtc)).Ascending()
            .OnColumn(nameof(Product.AvailableEndDateTimeUtc)).Ascending()
            .OnColumn(nameof(Product.Published)).Ascending()
            .OnColumn(nameof(Product.Deleted)).Ascending();

        Create.Index("IX_Product_ParentGroupedProductId").OnTable(nameof(Product))
            .OnColumn(nameof(Product.ParentGroupedProductId)).Ascending();

        Create.Index("IX_Product_LimitedToStores").OnTable(nameof(Product))
            .OnColumn(nameof(Product.LimitedToStores)).Ascending();

        Create.Index("IX_Product_Delete_Id").OnTable(nameof(Product))
            .OnColumn(nameof(Product.Deleted)).Ascending()
            .OnColumn(nameof(Product.Id)).Ascending();

        Create.Index("IX_Product_Deleted_and_Published").OnTable(nameof(Product))
            .OnColumn(nameof(Product.Published)).Ascending()
            .OnColumn(nameof(Product.Deleted)).Ascending();

        Create.Index("IX_Order_CreatedOnUtc").OnTable(nameof(Order))
            .OnColumn(nameof(Order.CreatedOnUtc)).Descending();

        Create.Index("IX_NewsletterSubscription_Email_StoreId").OnTable(nameof(NewsLetterSubscription))
            .OnColumn(nameof(NewsLetterSubscription.Email)).Ascending()
            .OnColumn(nameof(NewsLetterSubscription.StoreId)).Ascending();

        Create.Index("IX_Log_CreatedOnUtc").OnTable(nameof(Log))
            .OnColumn(nameof(Log.CreatedOnUtc)).Descending();

        Create.Index("IX_LocaleStringResource").OnTable(nameof(LocaleStringResource))
            .OnColumn(nameof(LocaleStringResource.ResourceName)).Ascending()
            .OnColumn(nameof(LocaleStringResource.LanguageId)).Ascending();

        Create.Index("IX_Language_DisplayOrder").OnTable(nameof(Language))
            .OnColumn(nameof(Language.DisplayOrder)).Ascending();

        Create.Index("IX_GetLowStockProducts").OnTable(nameof(Product))
            .OnColumn(nameof(Product.Deleted)).Ascending()
            .OnColumn(nameof(Product.VendorId)).Ascending()
            .OnColumn(nameof(Product.ProductTypeId)).Ascending()
            .OnColumn(nameof(Product.ManageInventoryMethodId)).Ascending()
            .OnColumn(nameof(Product.MinStockQuantity)).Ascending()
            .OnColumn(nameof(Product.UseMultipleWarehouses)).Ascending();

        Create.Index("IX_GenericAttribute_EntityId_and_KeyGroup").OnTable(nameof(GenericAttribute))
            .OnColumn(nameof(GenericAttribute.EntityId)).Ascending()
            .OnColumn(nameof(GenericAttribute.KeyGroup)).Ascending();

        Create.Index("IX_Customer_Username").OnTable(nameof(Customer))
            .OnColumn(nameof(Customer.Username)).Ascending();

        Create.Index("IX_Customer_SystemName").OnTable(nameof(Customer))
            .OnColumn(nameof(Customer.SystemName)).Ascending();

        Create.Index("IX_Customer_Email").OnTable(nameof(Customer))
            .OnColumn(nameof(Customer.Email)).Ascending();

        Create.Index("IX_Customer_CustomerGuid").OnTable(nameof(Customer))
            .OnColumn(nameof(Customer.CustomerGuid)).Ascending();

        Create.Index("IX_Customer_CreatedOnUtc").OnTable(nameof(Customer))
            .OnColumn(nameof(Customer.CreatedOnUtc)).Descending();

        Create.Index("IX_Country_DisplayOrder").OnTable(nameof(Country))
            .OnColumn(nameof(Country.DisplayOrder)).Ascending();

        Create.Index("IX_ActivityLog_CreatedOnUtc").OnTable(nameof(ActivityLog))
            .OnColumn(nameof(ActivityLog.CreatedOnUtc)).Descending();

        Create.Index("IX_Customer_Deleted").OnTable(nameof(Customer))
            .OnColumn(nameof(Customer.Deleted)).Ascending();

        Create.Index("IX_Topic_SystemName").OnTable(nameof(Topic))
            .OnColumn(nameof(Topic.SystemName)).Ascending();

        Create.Index("IX_Topic_Availability").OnTable(nameof(Topic))
            .OnColumn(nameof(Topic.AvailableEndDateTimeUtc)).Descending()
            .OnColumn(nameof(Topic.AvailableStartDateTimeUtc)).Descending();

        Create.Index("IX_ProductAttributeCombination_Sku").OnTable(nameof(ProductAttributeCombination))
            .OnColumn(nameof(ProductAttributeCombination.Sku)).Ascending();
    }
}
