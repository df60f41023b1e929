namespace Nop.Web.Framework.Localization;

// Real source: src/Presentation/Nop.Web.Framework/Localization/Localizer.cs
public delegate LocalizedString Localizer(string text, params object[] args);
