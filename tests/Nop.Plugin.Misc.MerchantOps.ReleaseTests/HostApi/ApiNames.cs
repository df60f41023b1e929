using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MerchantOps.HostApi;

/// <summary>
/// One spelling for a type, member or constant, whether it is read from a compiled assembly's metadata or from C#
/// symbols (the stand-in, the real nopCommerce source): metadata names ("Nop.Data.IRepository`1", nested types with
/// '+'), signatures as the runtime matches them ("!0" for a type's generic parameter, "!!0" for a method's, "&amp;"
/// for ref/in/out), primitive types by their C# keyword. Shared by the release tests and tools/HostApiCheck.
/// </summary>
public static class ApiNames
{
    private static readonly Dictionary<SpecialType, string> Primitives = new()
    {
        [SpecialType.System_Void] = "void", [SpecialType.System_Boolean] = "bool", [SpecialType.System_Char] = "char",
        [SpecialType.System_SByte] = "sbyte", [SpecialType.System_Byte] = "byte", [SpecialType.System_Int16] = "short",
        [SpecialType.System_UInt16] = "ushort", [SpecialType.System_Int32] = "int", [SpecialType.System_UInt32] = "uint",
        [SpecialType.System_Int64] = "long", [SpecialType.System_UInt64] = "ulong", [SpecialType.System_Single] = "float",
        [SpecialType.System_Double] = "double", [SpecialType.System_String] = "string", [SpecialType.System_Object] = "object",
        [SpecialType.System_IntPtr] = "nint", [SpecialType.System_UIntPtr] = "nuint", [SpecialType.System_TypedReference] = "typedref",
    };

    /// <summary>The metadata name of a type definition: "Nop.Data.IRepository`1", "Outer+Inner".</summary>
    public static string TypeDefinition(INamedTypeSymbol type)
    {
        type = type.OriginalDefinition;
        if (type.ContainingType is { } outer)
            return TypeDefinition(outer) + "+" + type.MetadataName;
        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() + "." : "";
        return ns + type.MetadataName;
    }

    /// <summary>A type as it appears in a signature.</summary>
    public static string Type(ITypeSymbol type) => type switch
    {
        IErrorTypeSymbol error => "?" + error.Name,
        IArrayTypeSymbol array => Type(array.ElementType) + (array.IsSZArray ? "[]" : "[" + new string(',', array.Rank - 1) + "]"),
        IPointerTypeSymbol pointer => Type(pointer.PointedAtType) + "*",
        ITypeParameterSymbol parameter => parameter.TypeParameterKind == TypeParameterKind.Method
            ? "!!" + parameter.Ordinal
            : "!" + (parameter.Ordinal + OuterTypeParameterCount(parameter.DeclaringType)),
        IDynamicTypeSymbol => "object",
        IFunctionPointerTypeSymbol => "fnptr",
        INamedTypeSymbol named when Primitives.TryGetValue(named.SpecialType, out var keyword) => keyword,
        INamedTypeSymbol { IsTupleType: true, TupleUnderlyingType: { } underlying } => Type(underlying),
        INamedTypeSymbol named => TypeDefinition(named) + Arguments(named),
        _ => "?" + type.Name,
    };

    /// <summary>"Type::Name``arity(parameters) : return" for a method, "Type::Name : type" for a field.</summary>
    public static string Member(ISymbol member)
    {
        switch (member)
        {
            case IMethodSymbol method:
                method = (method.ReducedFrom ?? method).OriginalDefinition;
                var arity = method.Arity > 0 ? "``" + method.Arity : "";
                var parameters = string.Join(",", method.Parameters.Select(p => Type(p.Type) + (p.RefKind == RefKind.None ? "" : "&")));
                var returns = Type(method.ReturnType) + (method.RefKind == RefKind.None ? "" : "&");
                return $"{TypeDefinition(method.ContainingType)}::{method.MetadataName}{arity}({parameters}) : {returns}";
            case IFieldSymbol field:
                field = field.OriginalDefinition;
                return $"{TypeDefinition(field.ContainingType)}::{field.MetadataName} : {Type(field.Type)}";
            default:
                throw new ArgumentException($"No member spelling for {member.Kind} {member}.");
        }
    }

    /// <summary>"Type::Name" of a constant or enum member.</summary>
    public static string Constant(IFieldSymbol field) => $"{TypeDefinition(field.ContainingType)}::{field.MetadataName}";

    /// <summary>"class", "struct", "interface", "enum" or "delegate".</summary>
    public static string Kind(INamedTypeSymbol type) => type.TypeKind switch
    {
        TypeKind.Class => "class",
        TypeKind.Struct => "struct",
        TypeKind.Interface => "interface",
        TypeKind.Enum => "enum",
        TypeKind.Delegate => "delegate",
        var other => other.ToString().ToLowerInvariant(),
    };

    /// <summary>A constant or default value as C# would write it (enum values as numbers).</summary>
    public static string Literal(object? value) => value switch
    {
        null => "null",
        string text => SymbolDisplay.FormatLiteral(text, quote: true),
        char character => SymbolDisplay.FormatLiteral(character, quote: true),
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    /// <summary>Looks a type up by its metadata name ("Outer+Inner") in the given compilations.</summary>
    public static INamedTypeSymbol? FindType(string metadataName, IEnumerable<Compilation> compilations)
    {
        foreach (var compilation in compilations)
        {
            var parts = metadataName.Split('+');
            var type = compilation.GetTypeByMetadataName(parts[0]);
            foreach (var nested in parts.Skip(1))
                type = type?.GetTypeMembers().FirstOrDefault(t => t.MetadataName == nested);
            if (type is not null)
                return type;
        }
        return null;
    }

    /// <summary>The methods and fields of a type spelled <paramref name="member"/> (see <see cref="Member"/>).</summary>
    public static IEnumerable<ISymbol> FindMembers(INamedTypeSymbol type, string member)
    {
        var name = member[(member.IndexOf("::", StringComparison.Ordinal) + 2)..];
        name = name[..name.IndexOfAny(['(', ' ', '`'])];
        return type.GetMembers(name).Where(s => s is IMethodSymbol or IFieldSymbol && Member(s) == member);
    }

    private static string Arguments(INamedTypeSymbol type)
    {
        var arguments = new List<ITypeSymbol>();
        for (var level = type; level is not null; level = level.ContainingType)
            arguments.InsertRange(0, level.TypeArguments);
        return arguments.Count == 0 ? "" : "<" + string.Join(",", arguments.Select(Type)) + ">";
    }

    private static int OuterTypeParameterCount(ISymbol? declaringType)
    {
        var count = 0;
        for (var outer = declaringType?.ContainingType; outer is not null; outer = outer.ContainingType)
            count += outer.TypeParameters.Length;
        return count;
    }
}
