-- Run once nopdata.sh has finished. Idempotent.
DROP TRIGGER IF EXISTS merchantops_bench_order ON "Order";
DROP TRIGGER IF EXISTS merchantops_bench_order_item ON "OrderItem";
DROP TRIGGER IF EXISTS merchantops_bench_address ON "Address";
DROP FUNCTION IF EXISTS merchantops_bench_order_before_insert();
DROP FUNCTION IF EXISTS merchantops_bench_order_item_before_insert();
DROP FUNCTION IF EXISTS merchantops_bench_address_before_insert();

-- nopdata.sh picks any published simple product, downloads included; in a store an order whose shipping status says
-- it has something to ship holds at least one shippable item. For the orders made only of downloads, the first item
-- becomes a shippable product (prices and order totals follow).
CREATE TEMP TABLE merchantops_bench_fix ON COMMIT DROP AS
SELECT oi."OrderId" AS order_id, min(oi."Id") AS item_id
FROM "OrderItem" oi
JOIN "Order" o ON o."Id" = oi."OrderId" AND o."ShippingStatusId" <> 10
WHERE oi."OrderId" IN (SELECT d."OrderId" FROM "OrderItem" d WHERE d."ProductId" BETWEEN {{DOWNLOAD_FIRST_ID}} AND {{DOWNLOAD_LAST_ID}})
GROUP BY oi."OrderId"
HAVING bool_and(oi."ProductId" BETWEEN {{DOWNLOAD_FIRST_ID}} AND {{DOWNLOAD_LAST_ID}});

UPDATE "OrderItem" oi
SET "ProductId" = p."Id", "UnitPriceInclTax" = p."Price", "UnitPriceExclTax" = p."Price",
    "PriceInclTax" = p."Price" * oi."Quantity", "PriceExclTax" = p."Price" * oi."Quantity", "OriginalProductCost" = p."ProductCost"
FROM merchantops_bench_fix f, "Product" p
WHERE oi."Id" = f.item_id
  AND p."Id" = {{SIMPLE_FIRST_ID}} + (f.item_id % ({{SIMPLE_LAST_ID}} - {{SIMPLE_FIRST_ID}} + 1));

WITH sub AS (
  SELECT oi."OrderId" AS order_id, sum(oi."PriceInclTax") AS total
  FROM "OrderItem" oi JOIN merchantops_bench_fix f ON f.order_id = oi."OrderId"
  GROUP BY oi."OrderId")
UPDATE "Order" o
SET "OrderSubtotalInclTax" = sub.total, "OrderSubtotalExclTax" = sub.total,
    "OrderTotal" = sub.total + o."OrderShippingInclTax",
    "RefundedAmount" = CASE o."PaymentStatusId" WHEN 40 THEN sub.total + o."OrderShippingInclTax"
                                                 WHEN 35 THEN round(sub.total * 0.3, 2) ELSE o."RefundedAmount" END
FROM sub
WHERE o."Id" = sub.order_id;
