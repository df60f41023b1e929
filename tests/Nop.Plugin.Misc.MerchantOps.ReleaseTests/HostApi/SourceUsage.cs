using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace MerchantOps.HostApi;

/// <summary>
/// What the compiler copied from the host's declarations into the plugin's IL, which metadata cannot show: the values
/// of constants and enum members, the default values of optional parameters left out at a call, the names of named
/// arguments (the real tree must spell them the same), types given to attributes with typeof, and the contracts the
/// plugin's types fulfil (interfaces and virtual members they implement).
/// </summary>
public static class SourceUsage
{
    public static IEnumerable<HostApiItem> Read(CSharpCompilation compilation, Func<ISymbol, bool> isHost)
    {
        // Binding every name of the plugin is slow: only names the host declares a constant with, and only calls to
        // names the host declares optional parameters for (or with named arguments), can give an item.
        var hostTypes = compilation.References
            .Select(compilation.GetAssemblyOrModuleSymbol)
            .OfType<IAssemblySymbol>()
            .Where(assembly => isHost(assembly))
            .SelectMany(assembly => Types(assembly.GlobalNamespace))
            .ToList();
        var constantNames = hostTypes.SelectMany(t => t.GetMembers()).OfType<IFieldSymbol>()
            .Where(f => f.HasConstantValue).Select(f => f.Name).ToHashSet();
        var optionalNames = hostTypes.SelectMany(t => t.GetMembers()).OfType<IMethodSymbol>()
            .Where(m => m.Parameters.Any(p => p.IsOptional))
            .Select(m => m.MethodKind == MethodKind.Constructor ? m.ContainingType.Name : m.Name)
            .SelectMany(name => name.EndsWith("Attribute", StringComparison.Ordinal) ? [name, name[..^"Attribute".Length]] : new[] { name })
            .ToHashSet();

        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                var items = node switch
                {
                    IdentifierNameSyntax name when constantNames.Contains(name.Identifier.ValueText) => Constant(model, name, isHost),
                    TypeOfExpressionSyntax typeOf when typeOf.Ancestors().OfType<AttributeSyntax>().Any() => AttributeType(model, typeOf, isHost),
                    InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or ConstructorInitializerSyntax
                        or PrimaryConstructorBaseTypeSyntax or AttributeSyntax or ElementAccessExpressionSyntax
                        when MayTakeDefaultsOrNames(node, optionalNames) => Arguments(model, node, isHost),
                    _ => [],
                };
                foreach (var item in items)
                    yield return item;
            }
        }

        foreach (var type in Types(compilation.Assembly.GlobalNamespace))
            foreach (var item in Contracts(type, isHost))
                yield return item;
    }

    /// <summary>Whether a call passes named arguments, or calls something named like a host member with optional
    /// parameters (constructors by their type's name, attributes with or without the suffix, and any indexer or base
    /// constructor call).</summary>
    private static bool MayTakeDefaultsOrNames(SyntaxNode node, HashSet<string> optionalNames)
    {
        if (node.ChildNodes().FirstOrDefault(c => c is BaseArgumentListSyntax or AttributeArgumentListSyntax) is { } list
            && list.ChildNodes().Any(a => a is ArgumentSyntax { NameColon: not null } or AttributeArgumentSyntax { NameColon: not null }))
            return true;
        var name = node switch
        {
            InvocationExpressionSyntax invocation => invocation.Expression,
            ObjectCreationExpressionSyntax creation => creation.Type,
            AttributeSyntax attribute => attribute.Name,
            _ => null,
        };
        return name is null || optionalNames.Contains(RightmostName(name));
    }

    private static string RightmostName(SyntaxNode name) => name switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => "",
    };

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol ns) =>
        ns.GetNamespaceMembers().SelectMany(Types).Concat(ns.GetTypeMembers().SelectMany(Nested));

    private static IEnumerable<HostApiItem> Constant(SemanticModel model, IdentifierNameSyntax name, Func<ISymbol, bool> isHost)
    {
        if (model.GetSymbolInfo(name).Symbol is not IFieldSymbol { HasConstantValue: true } field || !isHost(field))
            yield break;
        // nameof(...) only takes the name, not the value.
        if (name.Ancestors().OfType<InvocationExpressionSyntax>().Any(call => model.GetOperation(call) is INameOfOperation))
            yield break;
        var kind = field.ContainingType.TypeKind == TypeKind.Enum ? "enum" : "const";
        yield return new HostApiItem(kind, ApiNames.Constant(field), ApiNames.Literal(field.ConstantValue));
    }

    private static IEnumerable<HostApiItem> AttributeType(SemanticModel model, TypeOfExpressionSyntax typeOf, Func<ISymbol, bool> isHost)
    {
        if (model.GetTypeInfo(typeOf.Type).Type is INamedTypeSymbol type && isHost(type))
            yield return new HostApiItem("type", ApiNames.TypeDefinition(type), $"{ApiNames.Kind(type)} {type.ContainingAssembly.Name}");
    }

    private static IEnumerable<HostApiItem> Arguments(SemanticModel model, SyntaxNode node, Func<ISymbol, bool> isHost)
    {
        var operation = model.GetOperation(node);
        if (operation is IAttributeOperation attribute)
            operation = attribute.Operation;
        var arguments = operation switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            IPropertyReferenceOperation indexer => indexer.Arguments,
            _ => [],
        };
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { ContainingSymbol: IMethodSymbol method } parameter || !isHost(method))
                continue;
            var member = ApiNames.Member(method) + "#" + parameter.Name;
            if (argument.ArgumentKind == ArgumentKind.DefaultValue)
                yield return new HostApiItem("default", member, ApiNames.Literal(parameter.ExplicitDefaultValue));
            else if (argument.Syntax is ArgumentSyntax { NameColon: not null } or AttributeArgumentSyntax { NameColon: not null })
                yield return new HostApiItem("named", member, "");
        }
    }

    /// <summary>The host classes the plugin's types derive from, the host interfaces they implement, and every
    /// host member they must match by signature: the virtual members they override and the interfaces' members.</summary>
    private static IEnumerable<HostApiItem> Contracts(INamedTypeSymbol type, Func<ISymbol, bool> isHost)
    {
        if (type.BaseType is { } baseType && isHost(baseType))
            yield return new HostApiItem("inherits", ApiNames.TypeDefinition(baseType), "");

        foreach (var implemented in type.Interfaces.Where(i => isHost(i)))
        {
            yield return new HostApiItem("implements", ApiNames.TypeDefinition(implemented), "");
            foreach (var contract in implemented.AllInterfaces.Prepend(implemented).Where(i => isHost(i)))
                foreach (var member in contract.GetMembers().OfType<IMethodSymbol>().Where(m => m.IsAbstract && !m.IsStatic))
                    yield return new HostApiItem("override", ApiNames.Member(member), "");
        }

        foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
            if (method is { IsOverride: true, OverriddenMethod: { } overridden } && isHost(overridden))
                yield return new HostApiItem("override", ApiNames.Member(overridden), "");
    }

    private static IEnumerable<INamedTypeSymbol> Nested(INamedTypeSymbol type) =>
        type.GetTypeMembers().SelectMany(Nested).Prepend(type);
}
