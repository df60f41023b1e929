using System.Globalization;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Planner.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Benchmarks;

/// <summary>
/// Rows the planner benchmarks need beyond what `seed` makes. nopdata.sh makes no pictures, reviews or return requests,
/// and the stand-in's schema had no Product_Picture_Mapping when the big store was seeded: added here once, with
/// nopCommerce's shape (the stand-in's ProductPictureBuilder: PictureId and ProductId indexed, ProductId a foreign key)
/// — 95 % of the products get a picture (150 products without), 5,000 reviews over the last 90 days (10 % not
/// approved, half answered), 1,000 return requests of recent order items (10 % pending). Then the planner's week: 200
/// weekly blocks, one occurrence each in the current week, started three weeks ago, 70 % bound to live data (every
/// binding at least ten times); the occurrences of the two weeks before are done for 90 % of the blocks, so the agenda
/// has late ones to carry.
/// </summary>
public static class PlannerBenchData
{
    public const int BlocksInWeek = 200;

    public static readonly PlannerLiveBinding[] Bindings = Enum.GetValues<PlannerLiveBinding>().Where(b => b != PlannerLiveBinding.None).ToArray();

    private static readonly string[] Days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    private const string StoreRowsSql = """
        CREATE TABLE IF NOT EXISTS "Product_Picture_Mapping" (
            "Id" serial CONSTRAINT "PK_Product_Picture_Mapping" PRIMARY KEY,
            "PictureId" integer NOT NULL,
            "ProductId" integer NOT NULL CONSTRAINT "FK_Product_Picture_Mapping_ProductId_Product_Id" REFERENCES "Product" ("Id") ON DELETE CASCADE,
            "DisplayOrder" integer NOT NULL);
        CREATE INDEX IF NOT EXISTS "IX_Product_Picture_Mapping_PictureId" ON "Product_Picture_Mapping" ("PictureId");
        CREATE INDEX IF NOT EXISTS "IX_Product_Picture_Mapping_ProductId" ON "Product_Picture_Mapping" ("ProductId");

        INSERT INTO "Product_Picture_Mapping" ("PictureId", "ProductId", "DisplayOrder")
        SELECT p."Id", p."Id", 0 FROM "Product" p
        WHERE p."Id" % 20 <> 0 AND NOT EXISTS (SELECT 1 FROM "Product_Picture_Mapping");

        INSERT INTO "ProductReview" ("CustomerId", "ProductId", "StoreId", "IsApproved", "Title", "ReviewText", "ReplyText",
            "CustomerNotifiedOfReply", "Rating", "HelpfulYesTotal", "HelpfulNoTotal", "CreatedOnUtc")
        SELECT 1000 + g, (SELECT min("Id") FROM "Product") + g % 3000, (SELECT min("Id") FROM "Store"), g % 10 <> 0, 'Review', 'Nice',
            CASE WHEN g % 2 = 0 THEN 'Thank you' END, false, 1 + g % 5, 0, 0, now() at time zone 'utc' - (g % 90) * interval '1 day'
        FROM generate_series(1, 5000) g
        WHERE NOT EXISTS (SELECT 1 FROM "ProductReview");

        INSERT INTO "ReturnRequest" ("ReasonForReturn", "RequestedAction", "CustomerId", "CustomNumber", "StoreId", "OrderItemId", "Quantity",
            "ReturnedQuantity", "CustomerComments", "UploadedFileId", "StaffNotes", "ReturnRequestStatusId", "CreatedOnUtc", "UpdatedOnUtc")
        SELECT 'Broken', 'Refund', o."CustomerId", i."Id"::text, o."StoreId", i."Id", 1, 0, '', 0, '', CASE WHEN i."Id" % 10 = 0 THEN 0 ELSE 10 END,
            o."CreatedOnUtc", o."CreatedOnUtc"
        FROM (SELECT "Id", "OrderId" FROM "OrderItem" ORDER BY "Id" DESC LIMIT 1000) i JOIN "Order" o ON o."Id" = i."OrderId"
        WHERE NOT EXISTS (SELECT 1 FROM "ReturnRequest");

        ANALYZE "Product_Picture_Mapping";
        ANALYZE "ProductReview";
        ANALYZE "ReturnRequest";
        """;

    public static Task PrepareStoreRowsAsync(BenchDatabase database) => database.ExecuteAsync(StoreRowsSql);

    public static Task ResetPlannerTablesAsync(BenchDatabase database) => database.ExecuteAsync(
        $"TRUNCATE \"{PlannerTables.Block}\", \"{PlannerTables.OccurrenceException}\", \"{PlannerTables.OccurrenceCompletion}\" RESTART IDENTITY");

    /// <summary>The 200 blocks and the done occurrences of the two weeks before (see the class).</summary>
    public static async Task CreateWeekAsync(BenchDatabase database, PluginServices services, int storeId)
    {
        await ResetPlannerTablesAsync(database);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(PluginServices.BenchTimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, zone));
        var firstMonday = PlannerStoreTime.MondayOf(today).AddDays(-21);
        var blocks = services.Get<IPlannerBlockService>();
        var occurrences = services.Get<IPlannerOccurrenceService>();

        for (var i = 0; i < BlocksInWeek; i++)
        {
            var day = i % 7;
            var start = firstMonday.AddDays(day).ToDateTime(new TimeOnly(7 + i / 7 % 12, i / 84 * 20));
            var created = await blocks.CreateAsync(new PlannerBlockRequest
            {
                StoreId = storeId,
                Title = $"Block {i.ToString("000", CultureInfo.InvariantCulture)}",
                Category = "Bench",
                StartLocal = start,
                DurationMinutes = 30 + i % 4 * 15,
                Colour = "#3c8dbc",
                Notes = "Bench block",
                ProcedureSteps = ["Open the screen", "Do the work", "Tick it done"],
                LiveBinding = i % 10 < 7 ? Bindings[i % Bindings.Length] : PlannerLiveBinding.None,
                RecurrenceRule = "FREQ=WEEKLY;BYDAY=" + Days[day]
            });
            if (!created.Succeeded)
                throw new InvalidOperationException($"Block {i} was not created: {created.ResourceKey}");

            if (i % 10 == 0)
                continue;
            for (var weeksAgo = 1; weeksAgo <= 2; weeksAgo++)
            {
                var done = await occurrences.MarkDoneAsync(created.BlockId, start.AddDays(7 * (3 - weeksAgo)), "done");
                if (!done.Succeeded)
                    throw new InvalidOperationException($"Block {i}'s occurrence of {weeksAgo} weeks ago was not ticked: {done.ResourceKey}");
            }
        }

        await database.ExecuteAsync($"ANALYZE \"{PlannerTables.Block}\"; ANALYZE \"{PlannerTables.OccurrenceCompletion}\"");
    }
}
