using Microsoft.Extensions.FileProviders;

namespace Nop.Core.Infrastructure;

// Real source: src/Libraries/Nop.Core/Infrastructure/INopFileProvider.cs (subset)
public partial interface INopFileProvider : IFileProvider
{
    string Combine(params string[] paths);
    bool FileExists(string filePath);
    bool DirectoryExists(string path);
    string[] GetFiles(string directoryPath, string searchPattern = "", bool topDirectoryOnly = true);
    string GetFileName(string path);
    string GetFileNameWithoutExtension(string filePath);
    string GetDirectoryName(string path);
    string MapPath(string path);
    Task<string> ReadAllTextAsync(string path, System.Text.Encoding encoding);
}
