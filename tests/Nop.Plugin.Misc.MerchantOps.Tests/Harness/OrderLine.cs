using Nop.Core.Domain.Catalog;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness;

/// <summary>An order line of a test order; attributes make it a variant.</summary>
public sealed record OrderLine(Product Product, int Quantity, string AttributesXml = null, string AttributesHtml = null);
