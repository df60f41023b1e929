using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace MerchantOps.HostApi;

/// <summary>
/// What a compiled assembly's metadata names from other assemblies: every type reference, and every member
/// reference with the signature the runtime will look for, spelled like <see cref="ApiNames"/>.
/// </summary>
public sealed class MetadataReferences
{
    public sealed record TypeReference(string Name, string Assembly);

    /// <param name="Value">"instance" or "static" for a method, empty for a field.</param>
    public sealed record MemberReference(string Assembly, string Member, string Value);

    public required IReadOnlyList<TypeReference> Types { get; init; }
    public required IReadOnlyList<MemberReference> Members { get; init; }

    public static MetadataReferences Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var names = new SignatureNames(metadata);

        var types = metadata.TypeReferences
            .Select(handle => new TypeReference(names.TypeReferenceName(handle), names.TypeReferenceAssembly(handle)))
            .ToList();

        var members = new List<MemberReference>();
        foreach (var handle in metadata.MemberReferences)
        {
            var reference = metadata.GetMemberReference(handle);
            var parent = reference.Parent.Kind switch
            {
                HandleKind.TypeReference => (TypeReferenceHandle)reference.Parent,
                HandleKind.TypeSpecification => names.GenericDefinition((TypeSpecificationHandle)reference.Parent),
                _ => default,
            };
            if (parent.IsNil)
                continue;

            var declaringType = names.TypeReferenceName(parent);
            var name = metadata.GetString(reference.Name);
            if (reference.GetKind() == MemberReferenceKind.Method)
            {
                var signature = reference.DecodeMethodSignature(names, null);
                var arity = signature.GenericParameterCount > 0 ? "``" + signature.GenericParameterCount : "";
                members.Add(new MemberReference(names.TypeReferenceAssembly(parent),
                    $"{declaringType}::{name}{arity}({string.Join(",", signature.ParameterTypes)}) : {signature.ReturnType}",
                    signature.Header.IsInstance ? "instance" : "static"));
            }
            else
            {
                members.Add(new MemberReference(names.TypeReferenceAssembly(parent),
                    $"{declaringType}::{name} : {reference.DecodeFieldSignature(names, null)}", ""));
            }
        }

        return new MetadataReferences { Types = types, Members = members };
    }

    /// <summary>Spells signature types like <see cref="ApiNames.Type"/>.</summary>
    private sealed class SignatureNames(MetadataReader metadata) : ISignatureTypeProvider<string, object?>
    {
        public string TypeReferenceName(TypeReferenceHandle handle)
        {
            var type = metadata.GetTypeReference(handle);
            var name = metadata.GetString(type.Name);
            if (type.ResolutionScope.Kind == HandleKind.TypeReference)
                return TypeReferenceName((TypeReferenceHandle)type.ResolutionScope) + "+" + name;
            var ns = metadata.GetString(type.Namespace);
            return ns.Length > 0 ? ns + "." + name : name;
        }

        public string TypeReferenceAssembly(TypeReferenceHandle handle)
        {
            var scope = metadata.GetTypeReference(handle).ResolutionScope;
            return scope.Kind switch
            {
                HandleKind.TypeReference => TypeReferenceAssembly((TypeReferenceHandle)scope),
                HandleKind.AssemblyReference => metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)scope).Name),
                _ => "",
            };
        }

        /// <summary>The generic type of a generic instantiation ("IRepository`1" of "IRepository`1&lt;Order&gt;").</summary>
        public TypeReferenceHandle GenericDefinition(TypeSpecificationHandle handle)
        {
            var blob = metadata.GetBlobReader(metadata.GetTypeSpecification(handle).Signature);
            if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
                return default;
            blob.ReadSignatureTypeCode(); // class or value type
            var type = blob.ReadTypeHandle();
            return type.Kind == HandleKind.TypeReference ? (TypeReferenceHandle)type : default;
        }

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
        {
            PrimitiveTypeCode.Void => "void", PrimitiveTypeCode.Boolean => "bool", PrimitiveTypeCode.Char => "char",
            PrimitiveTypeCode.SByte => "sbyte", PrimitiveTypeCode.Byte => "byte", PrimitiveTypeCode.Int16 => "short",
            PrimitiveTypeCode.UInt16 => "ushort", PrimitiveTypeCode.Int32 => "int", PrimitiveTypeCode.UInt32 => "uint",
            PrimitiveTypeCode.Int64 => "long", PrimitiveTypeCode.UInt64 => "ulong", PrimitiveTypeCode.Single => "float",
            PrimitiveTypeCode.Double => "double", PrimitiveTypeCode.String => "string", PrimitiveTypeCode.Object => "object",
            PrimitiveTypeCode.IntPtr => "nint", PrimitiveTypeCode.UIntPtr => "nuint", PrimitiveTypeCode.TypedReference => "typedref",
            _ => typeCode.ToString(),
        };

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => TypeReferenceName(handle);

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            var type = reader.GetTypeDefinition(handle);
            var name = reader.GetString(type.Name);
            if (type.GetDeclaringType() is { IsNil: false } outer)
                return GetTypeFromDefinition(reader, outer, rawTypeKind) + "+" + name;
            var ns = reader.GetString(type.Namespace);
            return ns.Length > 0 ? ns + "." + name : name;
        }

        public string GetTypeFromSpecification(MetadataReader reader, object? context, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, context);

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
            genericType + "<" + string.Join(",", typeArguments) + ">";

        public string GetGenericTypeParameter(object? context, int index) => "!" + index;
        public string GetGenericMethodParameter(object? context, int index) => "!!" + index;
        public string GetSZArrayType(string elementType) => elementType + "[]";
        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";
        public string GetByReferenceType(string elementType) => elementType + "&";
        public string GetPointerType(string elementType) => elementType + "*";
        public string GetPinnedType(string elementType) => elementType;
        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;
        public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr";
    }
}
