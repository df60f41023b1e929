namespace Nop.Web.Framework.Mvc;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/NoTrimAttribute.cs
/// <summary>On a string model property: keep the posted value as it is (nopCommerce trims every other bound string).</summary>
public partial class NoTrimAttribute : Attribute;
