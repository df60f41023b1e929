namespace Nop.Web.Framework;

// Real source: src/Presentation/Nop.Web.Framework/AreaNames.cs
public static class AreaNames
{
    public const string ADMIN = "Admin";
}
