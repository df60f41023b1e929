namespace Nop.Core.Domain.Seo;

// Real source: src/Libraries/Nop.Core/Domain/Seo/ISlugSupported.cs (a marker interface)
public partial interface ISlugSupported;
