using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Benchmarks;

/// <summary>
/// The follow-up finder's rows on the bench store, by SQL, each marked so they can be removed and made again
/// (<see cref="RemoveAsync"/>, or `DELETE … WHERE` the marks below): 20,000 carts (1–3 lines, <c>AttributesXml</c> =
/// <see cref="CartMark"/>) of registered, active customers with an email and no cart yet, last changed every 26 s over
/// the 144 hours before "now"; a newsletter subscription of store 1 for every second one (<c>TypeId</c> =
/// <see cref="SubscriptionType"/>); and 2,000 shipments (tracking number <c>FUBENCH-n</c>) of delivered orders of
/// registered customers, delivered over the 72 hours before "now" − 7 days (the review request's window at delay 7 days).
/// The stand-in's schema the bench store was seeded with had no NewsLetterSubscription table: it is created as
/// nopCommerce creates it (with its Email/StoreId index) when missing.
/// </summary>
public static class FollowUpBenchData
{
    public const string CartMark = "<FollowUpBench/>";
    public const int SubscriptionType = 77;
    public const int Carts = 20_000;
    public const int DeliveredOrders = 2_000;

    public static async Task EnsureAsync(BenchDatabase database, DateTime nowUtc)
    {
        await database.ExecuteAsync("""
            CREATE TABLE IF NOT EXISTS "NewsLetterSubscription" (
                "Id" serial PRIMARY KEY, "NewsLetterSubscriptionGuid" uuid NOT NULL, "Email" citext NOT NULL, "Active" boolean NOT NULL,
                "StoreId" integer NOT NULL, "CreatedOnUtc" timestamp NOT NULL, "LanguageId" integer NOT NULL, "TypeId" integer NOT NULL);
            CREATE INDEX IF NOT EXISTS "IX_NewsletterSubscription_Email_StoreId" ON "NewsLetterSubscription" ("Email", "StoreId");
            """);
        var carts = await database.ScalarAsync<long>("""
            SELECT count(DISTINCT "CustomerId") FROM "ShoppingCartItem" WHERE "AttributesXml" = @mark AND "UpdatedOnUtc" >= @from
            """, ("mark", CartMark), ("from", DateTime.SpecifyKind(nowUtc.AddHours(-145), DateTimeKind.Unspecified)));
        var shipments = await database.ScalarAsync<long>("""SELECT count(*) FROM "Shipment" WHERE "TrackingNumber" LIKE 'FUBENCH-%'""");
        if (carts == Carts && shipments == DeliveredOrders)
            return;

        await RemoveAsync(database);
        var started = DateTime.UtcNow;
        await database.ExecuteAsync("""
            CREATE TEMP TABLE fubench_customer AS
            SELECT c."Id", c."Email", row_number() OVER (ORDER BY c."Id") AS n
            FROM (SELECT c."Id", c."Email" FROM "Customer" c
            WHERE c."Active" AND NOT c."Deleted" AND NOT c."IsSystemAccount" AND c."Email" IS NOT NULL
              AND EXISTS (SELECT 1 FROM "Customer_CustomerRole_Mapping" m JOIN "CustomerRole" r ON r."Id" = m."CustomerRole_Id"
                          WHERE m."Customer_Id" = c."Id" AND r."SystemName" = 'Registered')
              AND NOT EXISTS (SELECT 1 FROM "ShoppingCartItem" s WHERE s."CustomerId" = c."Id")
            ORDER BY c."Id" DESC
            LIMIT @carts) c;

            INSERT INTO "ShoppingCartItem" ("CustomerId", "ProductId", "StoreId", "ShoppingCartTypeId", "AttributesXml",
                "CustomerEnteredPrice", "Quantity", "CreatedOnUtc", "UpdatedOnUtc")
            SELECT f."Id", p."Id", 1, 1, @mark, 0, 1 + (f.n % 2), changed - interval '1 hour', changed
            FROM fubench_customer f
            CROSS JOIN LATERAL (SELECT @now - f.n * interval '25.92 seconds' AS changed) t
            CROSS JOIN LATERAL generate_series(1, 1 + (f.n % 3)::int) line
            JOIN "Product" p ON p."Id" = (SELECT min("Id") FROM "Product") + ((f.n * 7 + line) % 2000);

            INSERT INTO "NewsLetterSubscription" ("NewsLetterSubscriptionGuid", "Email", "Active", "StoreId", "CreatedOnUtc", "LanguageId", "TypeId")
            SELECT gen_random_uuid(), f."Email", true, 1, @now - interval '30 days', 0, @type FROM fubench_customer f WHERE f.n % 2 = 0;

            INSERT INTO "Shipment" ("OrderId", "TrackingNumber", "ShippedDateUtc", "DeliveryDateUtc", "CreatedOnUtc")
            SELECT o."Id", 'FUBENCH-' || o.n, delivered - interval '2 days', delivered, delivered - interval '2 days'
            FROM (SELECT o."Id", row_number() OVER (ORDER BY o."Id") AS n
                  FROM "Order" o
                  WHERE o."CreatedOnUtc" >= @now - interval '40 days' AND o."CreatedOnUtc" < @now - interval '11 days'
                    AND o."ShippingStatusId" = 40 AND o."OrderStatusId" = 30 AND o."PaymentStatusId" = 30 AND NOT o."Deleted"
                    AND EXISTS (SELECT 1 FROM "Customer_CustomerRole_Mapping" m JOIN "CustomerRole" r ON r."Id" = m."CustomerRole_Id"
                                JOIN "Customer" c ON c."Id" = m."Customer_Id"
                                WHERE m."Customer_Id" = o."CustomerId" AND r."SystemName" = 'Registered' AND c."Active" AND NOT c."Deleted")
                  ORDER BY o."Id" LIMIT @orders) o
            CROSS JOIN LATERAL (SELECT @now - interval '7 days' - o.n * interval '129.6 seconds' AS delivered) t;

            DROP TABLE fubench_customer;
            ANALYZE "ShoppingCartItem"; ANALYZE "Shipment"; ANALYZE "NewsLetterSubscription";
            """, ("carts", Carts), ("mark", CartMark), ("now", DateTime.SpecifyKind(nowUtc, DateTimeKind.Unspecified)), ("type", SubscriptionType), ("orders", DeliveredOrders));
        Console.WriteLine($"// follow-up bench rows made in {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
    }

    public static Task RemoveAsync(BenchDatabase database) => database.ExecuteAsync($"""
        DELETE FROM "ShoppingCartItem" WHERE "AttributesXml" = '{CartMark}';
        DELETE FROM "Shipment" WHERE "TrackingNumber" LIKE 'FUBENCH-%';
        DELETE FROM "NewsLetterSubscription" WHERE "TypeId" = {SubscriptionType};
        """);
}
