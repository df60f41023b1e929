namespace Nop.Core.Domain.Security;

// Real source: src/Libraries/Nop.Core/Domain/Security/IAclSupported.cs
public partial interface IAclSupported
{
    bool SubjectToAcl { get; set; }
}
