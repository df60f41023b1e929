using Nop.Core;
using Nop.Core.Domain.Catalog;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

/// <summary>A product offered by the queue's product filter.</summary>
public sealed record ProductChoice(int Id, string Name, string Sku);
