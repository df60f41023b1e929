using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace MerchantOps.ReleaseZip;

/// <summary>What a store's loader sees of one assembly: its name and version, its target framework, how it was
/// built and the assemblies it references.</summary>
public sealed record AssemblyFacts(
    string Name,
    Version Version,
    string? TargetFramework,
    string? Configuration,
    IReadOnlyList<AssemblyName> References)
{
    public static AssemblyFacts Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var definition = metadata.GetAssemblyDefinition();

        var references = metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Select(reference => new AssemblyName(metadata.GetString(reference.Name)) { Version = reference.Version })
            .ToList();

        return new AssemblyFacts(
            metadata.GetString(definition.Name),
            definition.Version,
            StringAttribute(metadata, definition, "System.Runtime.Versioning", "TargetFrameworkAttribute"),
            StringAttribute(metadata, definition, "System.Reflection", "AssemblyConfigurationAttribute"),
            references);
    }

    /// <summary>The first (string) constructor argument of an assembly attribute.</summary>
    private static string? StringAttribute(MetadataReader metadata, AssemblyDefinition definition, string ns, string name)
    {
        foreach (var handle in definition.GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
                continue;
            var constructor = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            if (constructor.Parent.Kind != HandleKind.TypeReference)
                continue;
            var type = metadata.GetTypeReference((TypeReferenceHandle)constructor.Parent);
            if (metadata.GetString(type.Namespace) != ns || metadata.GetString(type.Name) != name)
                continue;

            var blob = metadata.GetBlobReader(attribute.Value);
            blob.ReadUInt16(); // prolog
            return blob.ReadSerializedString();
        }
        return null;
    }
}
