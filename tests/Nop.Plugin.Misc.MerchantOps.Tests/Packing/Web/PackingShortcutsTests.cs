using System.Xml.Linq;
using Nop.Plugin.Misc.MerchantOps.Packing.Models;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing.Web;

/// <summary>The keys of the packing screens, in each language: one letter each, never twice on a screen.</summary>
public class PackingShortcutsTests
{
    [TestCase("MerchantOps.en-US.xml")]
    [TestCase("MerchantOps.fr-FR.xml")]
    public void The_keys_pressed_on_the_queue_and_the_batch_page_are_distinct_letters(string file)
    {
        var texts = XDocument.Load(TestPaths.InRepository("Localization", file)).Root!.Elements("LocaleResource")
            .ToDictionary(e => e.Attribute("Name")!.Value, e => e.Element("Value")!.Value);

        foreach (var screen in new[] { PackingShortcuts.Queue, PackingShortcuts.Batch })
        {
            var keys = screen.Where(shortcut => shortcut != PackingShortcuts.Rows).Select(shortcut => texts[shortcut.Key]).ToList();

            Assert.That(keys, Has.All.Length.EqualTo(1).And.All.Matches<string>(key => char.IsLetter(key[0])), string.Join(" ", keys));
            Assert.That(keys.Select(key => key.ToUpperInvariant()), Is.Unique, string.Join(" ", keys));
        }
    }
}
