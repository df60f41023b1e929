using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>
/// The stand-in runs linq2db 6; a store runs linq2db 5.4.1. Namespaces that only linq2db 6 has would compile
/// here and break the build in a real nopCommerce tree.
/// </summary>
public class Linq2DbVersionTests
{
    private static readonly Regex _linq2Db6Only = new(@"\bLinqToDB\.(Async|Internal)\b", RegexOptions.Compiled);

    [Test]
    public void Plugin_code_uses_no_namespace_that_only_linq2db_6_has()
    {
        var offending = Directory.GetFiles(TestPaths.InRepository("Plugin"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(file))
            .Where(file => _linq2Db6Only.IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(TestPaths.RepositoryRoot, file))
            .ToList();

        Assert.That(offending, Is.Empty, "linq2db 5 (nopCommerce 4.90) has no LinqToDB.Async or LinqToDB.Internal namespace");
    }

    private static bool IsBuildOutput(string file)
    {
        var parts = file.Split(Path.DirectorySeparatorChar);
        return parts.Contains("obj") || parts.Contains("bin");
    }
}
