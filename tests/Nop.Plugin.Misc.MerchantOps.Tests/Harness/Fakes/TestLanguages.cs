using Nop.Core.Domain.Localization;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>The host's two languages (ids 1 and 2).</summary>
public static class TestLanguages
{
    public static Language English() => new() { Id = 1, Name = "English", LanguageCulture = "en-US", UniqueSeoCode = "en", Published = true, DisplayOrder = 1 };

    public static Language French() => new() { Id = 2, Name = "Français", LanguageCulture = "fr-FR", UniqueSeoCode = "fr", Published = true, DisplayOrder = 2 };
}
