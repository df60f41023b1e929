using System.Text;
using Microsoft.Extensions.FileProviders;

namespace Nop.Core.Infrastructure;

// Real source: src/Libraries/Nop.Core/Infrastructure/NopFileProvider.cs (subset, over the physical file system)
public partial class NopFileProvider : PhysicalFileProvider, INopFileProvider
{
    public NopFileProvider(string webRootPath) : base(webRootPath)
    {
        WebRootPath = webRootPath;
    }

    protected string WebRootPath { get; }

    public virtual string Combine(params string[] paths) => Path.Combine(paths);

    public virtual bool FileExists(string filePath) => File.Exists(filePath);

    public virtual bool DirectoryExists(string path) => Directory.Exists(path);

    public virtual string[] GetFiles(string directoryPath, string searchPattern = "", bool topDirectoryOnly = true) =>
        Directory.GetFiles(directoryPath, string.IsNullOrEmpty(searchPattern) ? "*.*" : searchPattern,
            topDirectoryOnly ? SearchOption.TopDirectoryOnly : SearchOption.AllDirectories);

    public virtual string GetFileName(string path) => Path.GetFileName(path);

    public virtual string GetFileNameWithoutExtension(string filePath) => Path.GetFileNameWithoutExtension(filePath);

    public virtual string GetDirectoryName(string path) => Path.GetDirectoryName(path);

    public virtual string MapPath(string path) =>
        Path.Combine(Root, path.Replace("~/", string.Empty).TrimStart('/').Replace('/', Path.DirectorySeparatorChar));

    public virtual Task<string> ReadAllTextAsync(string path, Encoding encoding) => File.ReadAllTextAsync(path, encoding);
}
