using Microsoft.AspNetCore.Mvc.Razor.RuntimeCompilation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web;

/// <summary>
/// nopCommerce compiles plugin views at run time, so a broken .cshtml would only fail in the shop: every view of the
/// plugin's built Views/ folder (and the stand-in admin views it uses) must compile in the host.
/// </summary>
[TestFixture]
public class ViewCompilationTests
{
    private PluginTestHost _host;

    [OneTimeSetUp]
    public async Task StartHost() => _host = await PluginTestHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopHost() => await _host.DisposeAsync();

    private static IReadOnlyList<string> PluginViews() =>
        ViewCompiler.ViewsUnder(PluginTestHost.NopWebRoot, Path.Combine(PluginTestHost.PluginFolder, "Views"));

    private static IReadOnlyList<string> StandInAdminViews() =>
        ViewCompiler.ViewsUnder(PluginTestHost.NopWebRoot, Path.Combine(PluginTestHost.NopWebRoot, "Areas", "Admin", "Views"));

    [Test]
    public async Task Every_plugin_view_and_stand_in_admin_view_compiles()
    {
        var pluginViews = PluginViews();
        var adminViews = StandInAdminViews();

        var failures = await ViewCompiler.CompileAsync(_host, pluginViews.Concat(adminViews));

        TestContext.Out.WriteLine($"{pluginViews.Count} plugin view(s), {adminViews.Count} stand-in admin view(s) compiled on {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}.");
        Assert.That(failures, Is.Empty, "Views that do not compile:\n" + string.Join("\n", failures));
        Assert.That(adminViews, Does.Contain("/Areas/Admin/Views/Shared/_AdminLayout.cshtml")
            .And.Contain("/Areas/Admin/Views/Shared/_ConfigurePlugin.cshtml")
            .And.Contain("/Areas/Admin/Views/Shared/_AdminPopupLayout.cshtml"));
    }

    [Test]
    public void Every_repository_view_is_in_the_plugin_folder_as_built()
    {
        var repositoryViews = Path.Combine(PluginTestHost.RepositoryRoot, "Views");
        var problems = new List<string>();
        foreach (var source in Directory.Exists(repositoryViews) ? Directory.GetFiles(repositoryViews, "*.cshtml", SearchOption.AllDirectories) : [])
        {
            var relative = Path.GetRelativePath(repositoryViews, source);
            var built = Path.Combine(PluginTestHost.PluginFolder, "Views", relative);
            if (!File.Exists(built))
                problems.Add($"Views/{relative}: not copied to the plugin folder (is it a Content item? was the plugin built?)");
            else if (File.ReadAllText(built) != File.ReadAllText(source))
                problems.Add($"Views/{relative}: the plugin folder has an older copy (rebuild the plugin)");
        }

        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    [Test]
    public async Task A_view_that_does_not_compile_is_reported_with_its_error()
    {
        var folder = Path.Combine(Path.GetTempPath(), "merchantops-broken-view-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "BrokenProbe"));
        await File.WriteAllTextAsync(Path.Combine(folder, "BrokenProbe", "Broken.cshtml"), "@model No.Such.Model\n<p>@Model.Nothing</p>\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "BrokenProbe", "Fine.cshtml"), "<p>@DateTime.UtcNow.Year</p>\n");
        try
        {
            await using var host = await PluginTestHost.StartAsync(services =>
                services.Configure<MvcRazorRuntimeCompilationOptions>(options => options.FileProviders.Add(new PhysicalFileProvider(folder))));

            var failures = await ViewCompiler.CompileAsync(host, ["/BrokenProbe/Broken.cshtml", "/BrokenProbe/Fine.cshtml", "/BrokenProbe/Missing.cshtml"]);

            Assert.That(failures, Has.Some.StartsWith("/BrokenProbe/Broken.cshtml:").And.Contains("No"));
            Assert.That(failures, Has.None.StartsWith("/BrokenProbe/Fine.cshtml"));
            Assert.That(failures, Has.Some.StartsWith("/BrokenProbe/Missing.cshtml: not found"));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
