using Microsoft.CodeAnalysis;

namespace MerchantOps.HostApi;

/// <summary>
/// Looks each item up in the real sources: the type with the same kind in the same assembly, the member with the
/// same signature (instance or static, not private), the constant, enum and default values, the parameter names,
/// and, for every host class or interface the plugin builds on, every abstract member the plugin must implement.
/// </summary>
public sealed class RealSourceCheck(RealSources sources)
{
    /// <summary>The item with the file it was found in, or the reason it does not hold in the real sources.</summary>
    public sealed record Result(HostApiItem Item, string? Problem)
    {
        public bool Holds => Problem is null;
    }

    public IReadOnlyList<Result> Check(IReadOnlyList<HostApiItem> items)
    {
        var overrides = items.Where(i => i.Kind == "override").Select(i => i.Member).ToHashSet(StringComparer.Ordinal);
        return items.Select(item => Check(item, overrides)).ToList();
    }

    private Result Check(HostApiItem item, HashSet<string> overrides)
    {
        var member = item.Member.Split('#')[0];
        var typeName = member.Contains("::", StringComparison.Ordinal) ? member[..member.IndexOf("::", StringComparison.Ordinal)] : member;
        var type = ApiNames.FindType(typeName, sources.Compilations);
        if (type is null)
            return Fails(item, $"no type {typeName}");

        return item.Kind switch
        {
            "type" => CheckType(item, type),
            "method" or "field" => CheckMember(item, type),
            "const" or "enum" => CheckConstant(item, type),
            "default" or "named" => CheckParameter(item, type),
            "override" => CheckOverridable(item, type),
            "inherits" or "implements" => CheckContract(item, type, overrides),
            _ => Fails(item, $"unknown kind {item.Kind}"),
        };
    }

    private static Result CheckType(HostApiItem item, INamedTypeSymbol type)
    {
        var actual = $"{ApiNames.Kind(type)} {type.ContainingAssembly.Name}";
        if (actual != item.Value)
            return Fails(item, $"is {actual}");
        return type.DeclaredAccessibility == Accessibility.Public ? Holds(item, type) : Fails(item, $"is {type.DeclaredAccessibility}");
    }

    private static Result CheckMember(HostApiItem item, INamedTypeSymbol type)
    {
        var found = ApiNames.FindMembers(type, item.Member).ToList();
        if (found.Count != 1)
            return Fails(item, found.Count == 0 ? "no such member; " + Near(type, item.Member) : "ambiguous");
        var symbol = found[0];
        if (symbol.DeclaredAccessibility is Accessibility.Private or Accessibility.Internal or Accessibility.ProtectedAndInternal)
            return Fails(item, $"is {symbol.DeclaredAccessibility}");
        if (symbol is IFieldSymbol { IsConst: true })
            return Fails(item, "is a constant, not a field");
        if (item.Kind == "method" && item.Value != (symbol.IsStatic ? "static" : "instance"))
            return Fails(item, symbol.IsStatic ? "is static" : "is an instance member");
        return Holds(item, symbol);
    }

    private static Result CheckConstant(HostApiItem item, INamedTypeSymbol type)
    {
        var name = item.Member[(item.Member.IndexOf("::", StringComparison.Ordinal) + 2)..];
        if (type.GetMembers(name).OfType<IFieldSymbol>().FirstOrDefault() is not { HasConstantValue: true } field)
            return Fails(item, $"{name} is not a constant of {type.Name}");
        if ((item.Kind == "enum") != (type.TypeKind == TypeKind.Enum))
            return Fails(item, $"{type.Name} is {ApiNames.Kind(type)}");
        var actual = ApiNames.Literal(field.ConstantValue);
        return actual == item.Value ? Holds(item, field) : Fails(item, $"is {actual}");
    }

    private static Result CheckParameter(HostApiItem item, INamedTypeSymbol type)
    {
        var parts = item.Member.Split('#');
        if (ApiNames.FindMembers(type, parts[0]).FirstOrDefault() is not IMethodSymbol method)
            return Fails(item, "no such method; " + Near(type, parts[0]));
        if (method.Parameters.FirstOrDefault(p => p.Name == parts[1]) is not { } parameter)
            return Fails(item, $"has no parameter {parts[1]} ({string.Join(", ", method.Parameters.Select(p => p.Name))})");
        if (item.Kind == "named")
            return Holds(item, method);
        if (!parameter.HasExplicitDefaultValue)
            return Fails(item, $"{parameter.Name} has no default value");
        var actual = ApiNames.Literal(parameter.ExplicitDefaultValue);
        return actual == item.Value ? Holds(item, method) : Fails(item, $"{parameter.Name} defaults to {actual}");
    }

    private static Result CheckOverridable(HostApiItem item, INamedTypeSymbol type)
    {
        if (ApiNames.FindMembers(type, item.Member).FirstOrDefault() is not IMethodSymbol method)
            return Fails(item, "no such method; " + Near(type, item.Member));
        var overridable = type.TypeKind == TypeKind.Interface || method.IsVirtual || method.IsAbstract || method.IsOverride;
        return overridable && !method.IsSealed && !method.IsStatic ? Holds(item, method) : Fails(item, "cannot be overridden");
    }

    /// <summary>A host class the plugin derives from, or interface it implements: every abstract member it has in
    /// the real source must be among the members the plugin overrides, or the plugin's type would not load.</summary>
    private static Result CheckContract(HostApiItem item, INamedTypeSymbol type, HashSet<string> overrides)
    {
        if (item.Kind == "inherits" && (type.TypeKind != TypeKind.Class || type.IsSealed))
            return Fails(item, "is not a class to derive from");
        if (item.Kind == "implements" && type.TypeKind != TypeKind.Interface)
            return Fails(item, "is not an interface");

        var contracts = item.Kind == "implements"
            ? type.AllInterfaces.Prepend(type)
            : Bases(type);
        var missing = contracts
            .Where(t => HostAssembly(t.ContainingAssembly.Name))
            .SelectMany(t => t.GetMembers().OfType<IMethodSymbol>())
            .Where(m => m.IsAbstract && !m.IsStatic)
            .Select(ApiNames.Member)
            .Where(m => !overrides.Contains(m))
            .ToList();
        return missing.Count == 0 ? Holds(item, type) : Fails(item, "has abstract members the plugin does not implement: " + string.Join(", ", missing));
    }

    private static IEnumerable<INamedTypeSymbol> Bases(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
            yield return current;
    }

    private static bool HostAssembly(string name) => name.StartsWith("Nop.", StringComparison.Ordinal) || name is "linq2db" or "FluentMigrator" or "FluentMigrator.Abstractions";

    private static Result Holds(HostApiItem item, ISymbol symbol)
    {
        var location = symbol.Locations.Where(l => l.IsInSource).Select(l => l.SourceTree!.FilePath).Order(StringComparer.Ordinal).FirstOrDefault()
                       ?? symbol.ContainingType?.Locations.Where(l => l.IsInSource).Select(l => l.SourceTree!.FilePath).Order(StringComparer.Ordinal).FirstOrDefault();
        return location is null
            ? new Result(item, "found, but not in a source file")
            : new Result(item with { Source = location }, null);
    }

    private static Result Fails(HostApiItem item, string problem) => new(item, problem);

    /// <summary>The real members of the same name, to show what differs.</summary>
    private static string Near(INamedTypeSymbol type, string member)
    {
        var name = member[(member.IndexOf("::", StringComparison.Ordinal) + 2)..];
        name = name[..name.IndexOfAny(['(', ' ', '`'])];
        var candidates = type.GetMembers(name).Where(s => s is IMethodSymbol or IFieldSymbol).Select(ApiNames.Member).ToList();
        return candidates.Count == 0 ? $"{type.Name} has no {name}" : "the real source has " + string.Join(" | ", candidates);
    }
}
