-- Installed before nopdata.sh runs, dropped right after it (after-nopdata.sql): BEFORE INSERT triggers that give the
-- rows nopdata.sh writes what a real store has and the script does not make, without rewriting a million rows later.
-- {{...}} placeholders are filled in by BigStoreSeeder from the catalog it inserted.

-- Orders: a quarter in the second store; the store's three shipping methods; no partially shipped order, because
-- nopdata.sh makes no shipments (a partially shipped order without a shipment is not something a store has) and
-- because the packing queue must hold exactly the ready-to-pack orders nopdata.sh makes (the queue counts
-- PartiallyShipped orders as ready). They become Shipped, like the other recent Processing/Paid orders of nopdata.sh.
CREATE OR REPLACE FUNCTION merchantops_bench_order_before_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r double precision := random();
BEGIN
  IF random() < 0.25 THEN
    NEW."StoreId" := {{SECOND_STORE_ID}};
  END IF;
  IF NEW."ShippingMethod" IS NOT NULL THEN
    NEW."ShippingMethod" := CASE WHEN r < 0.70 THEN 'Ground' WHEN r < 0.90 THEN '2nd Day Air' ELSE 'Next Day Air' END;
  END IF;
  IF NEW."ShippingStatusId" = 25 THEN
    NEW."ShippingStatusId" := 30;
  END IF;
  RETURN NEW;
END $$;

-- Order items of products that track stock by attributes carry one of the product's combinations, as nopCommerce
-- writes them: the combination's AttributesXml and the formatted attribute description.
CREATE OR REPLACE FUNCTION merchantops_bench_order_item_before_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  xml text;
  sku text;
BEGIN
  IF NEW."ProductId" BETWEEN {{COMBINATION_FIRST_ID}} AND {{COMBINATION_LAST_ID}} THEN
    SELECT c."AttributesXml", c."Sku" INTO xml, sku
    FROM "ProductAttributeCombination" c WHERE c."ProductId" = NEW."ProductId" ORDER BY random() LIMIT 1;
    IF xml IS NOT NULL THEN
      NEW."AttributesXml" := xml;
      NEW."AttributeDescription" := 'Size: ' || split_part(sku, '-', 3) || '<br />Colour: ' || {{COLOUR_NAME_OF_CODE}};
    END IF;
  END IF;
  RETURN NEW;
END $$;

-- The address pool of nopdata.sh (one country) spread over the shop's countries.
CREATE OR REPLACE FUNCTION merchantops_bench_address_before_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r double precision := random() * 100;
BEGIN
  IF NEW."Email" LIKE '%@nopdata.test' THEN
    NEW."CountryId" := {{COUNTRY_OF_R}};
  END IF;
  RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS merchantops_bench_order ON "Order";
CREATE TRIGGER merchantops_bench_order BEFORE INSERT ON "Order" FOR EACH ROW EXECUTE FUNCTION merchantops_bench_order_before_insert();
DROP TRIGGER IF EXISTS merchantops_bench_order_item ON "OrderItem";
CREATE TRIGGER merchantops_bench_order_item BEFORE INSERT ON "OrderItem" FOR EACH ROW EXECUTE FUNCTION merchantops_bench_order_item_before_insert();
DROP TRIGGER IF EXISTS merchantops_bench_address ON "Address";
CREATE TRIGGER merchantops_bench_address BEFORE INSERT ON "Address" FOR EACH ROW EXECUTE FUNCTION merchantops_bench_address_before_insert();
