namespace Nop.Core;

// Real source: src/Libraries/Nop.Core/NopVersion.cs
public static partial class NopVersion
{
    public const string CURRENT_VERSION = "4.90";
    public const string MINOR_VERSION = "3";
    public const string FULL_VERSION = CURRENT_VERSION + "." + MINOR_VERSION;
}
