using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Razor.Compilation;
using Microsoft.Extensions.DependencyInjection;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web;

/// <summary>Compiles views with the host's runtime view compiler, as nopCommerce compiles plugin views in a store.</summary>
public static class ViewCompiler
{
    /// <summary>The ".cshtml" files under <paramref name="folder"/> as app-relative paths ("/Plugins/.../X.cshtml") of <paramref name="root"/>; _ViewImports are left out (they are not pages).</summary>
    public static IReadOnlyList<string> ViewsUnder(string root, string folder) => !Directory.Exists(folder)
        ? []
        : Directory.GetFiles(folder, "*.cshtml", SearchOption.AllDirectories)
            .Where(file => !Path.GetFileName(file).Equals("_ViewImports.cshtml", StringComparison.OrdinalIgnoreCase))
            .Select(file => "/" + Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();

    /// <summary>Compiles each view; returns one line per failure ("path: line:col message").</summary>
    public static async Task<IReadOnlyList<string>> CompileAsync(PluginTestHost host, IEnumerable<string> viewPaths)
    {
        var compiler = host.Services.GetRequiredService<IViewCompilerProvider>().GetCompiler();
        var failures = new List<string>();
        foreach (var path in viewPaths)
        {
            try
            {
                var descriptor = await compiler.CompileAsync(path);
                if (descriptor?.Item == null)
                    failures.Add($"{path}: not found by the view compiler");
            }
            catch (Exception exception) when (exception is ICompilationException compilation)
            {
                foreach (var failure in compilation.CompilationFailures ?? [])
                foreach (var message in failure.Messages ?? [])
                    failures.Add($"{path}: {failure.SourceFilePath}({message.StartLine},{message.StartColumn}): {message.Message}");
                if (compilation.CompilationFailures?.Any() != true)
                    failures.Add($"{path}: {exception.Message}");
            }
        }

        return failures;
    }
}
