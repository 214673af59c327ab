using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MmpTyped.Generators.Model;
using MmpTyped.Vocabulary;

namespace MmpTyped.Generators.Events;

/// <summary>Reads an <c>[MmpEvent]</c> class's symbol into an <see cref="EventClassModel"/>, with the definition errors the symbol alone shows.</summary>
internal static class EventClassReader
{
    public const string EventAttribute = MmpMetadataNames.EventAttribute;

    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    public static EventClassModel Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        var diagnostics = new List<DiagnosticInfo>();
        var vendors = context.Attributes.Select(a => ReadVendor(type, a, diagnostics, cancellationToken)).ToList();
        var first = vendors[0];
        foreach (var repeated in vendors.GroupBy(v => v.SchemaId).Where(g => g.Key.Length > 0 && g.Count() > 1))
            diagnostics.Add(DiagnosticInfo.At(Descriptors.BadAttribute, $"'{type.Name}' declares [MmpEvent(\"{repeated.Key}\", …)] {repeated.Count()} times: one event class sends one event per vendor; declare another class for the other event.", repeated.Last().Location));

        CheckShape(type, context.TargetNode, first.Location, diagnostics, cancellationToken);

        var containing = new List<string>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            containing.Insert(0, $"{Keyword(outer)} {outer.Name}");

        var properties = ReadProperties(type, cancellationToken).ToList();
        CheckPlacements(properties, vendors, diagnostics);
        return new EventClassModel(
            type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null,
            containing.ToEquatableArray(),
            type.Name,
            Keyword(type),
            first.SchemaId,
            first.EventName,
            properties.Select(p => vendors.Count == 1 ? p with { FieldPath = OneVendorPath(p, first.SchemaId) } : p).ToEquatableArray(),
            type.InstanceConstructors.Any(c => !c.IsImplicitlyDeclared),
            first.Location,
            first.NameLocation,
            diagnostics.ToEquatableArray(),
            vendors.ToEquatableArray(),
            CopyOf(type));
    }

    /// <summary>
    /// A record's state as its copy constructor copies it, or null when the generated half cannot declare that
    /// constructor (not a record, the user declares it, or a member it cannot assign by name): its message is
    /// then copied when the copy first touches it.
    /// </summary>
    private static RecordCopy? CopyOf(INamedTypeSymbol type)
    {
        if (!type.IsRecord || type.InstanceConstructors.Any(c => !c.IsImplicitlyDeclared && c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, type)))
            return null;
        var assignments = new List<string>();
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && !f.IsConst))
        {
            var name = field.AssociatedSymbol switch
            {
                IPropertySymbol { ExplicitInterfaceImplementations.Length: 0, IsIndexer: false } property => property.Name,
                null when field.CanBeReferencedByName => field.Name,
                _ => null,
            };
            if (name is null)
                return null;
            assignments.Add($"this.@{name} = original.@{name};");
        }
        return new RecordCopy(assignments.ToEquatableArray(), type.BaseType is { SpecialType: not SpecialType.System_Object }, type.IsSealed);
    }

    private static EventVendorModel ReadVendor(INamedTypeSymbol type, AttributeData attribute, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken);
        var location = LocationInfo.From(syntax?.GetLocation());
        var nameLocation = syntax is AttributeSyntax { ArgumentList.Arguments: { Count: > 1 } arguments }
            ? LocationInfo.From(arguments[1].Expression.GetLocation())
            : location;
        var schemaId = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;
        var eventName = attribute.ConstructorArguments.Length > 1 ? attribute.ConstructorArguments[1].Value as string : null;
        if (string.IsNullOrWhiteSpace(schemaId) || string.IsNullOrWhiteSpace(eventName))
            diagnostics.Add(DiagnosticInfo.At(Descriptors.BadAttribute, $"[MmpEvent] on '{type.Name}' needs a schema id and an event name, both non-empty constant strings: [MmpEvent(\"airbridge.app\", \"purchase\")].", location));
        else if (Schema.Naming.LoneSurrogateAt(schemaId!) >= 0 || Schema.Naming.LoneSurrogateAt(eventName!) >= 0)
            diagnostics.Add(DiagnosticInfo.At(Descriptors.BadAttribute, $"[MmpEvent] on '{type.Name}' has a schema id or event name holding a lone surrogate (half a UTF-16 pair), which has no UTF-8 form and cannot be sent.", location));
        return new EventVendorModel(schemaId ?? "", eventName ?? "", location, nameLocation);
    }

    /// <summary>
    /// An <c>[MmpField]</c> names a vendor of the class, or none on a one-vendor class; a multi-vendor class must
    /// name it, since a path means something different in each vendor's message (MMP112).
    /// </summary>
    private static void CheckPlacements(List<UserPropertyModel> properties, List<EventVendorModel> vendors, List<DiagnosticInfo> diagnostics)
    {
        var declared = string.Join(", ", vendors.Select(v => v.SchemaId));
        foreach (var property in properties)
        {
            foreach (var placement in property.Placements)
            {
                if (placement.SchemaId is null && vendors.Count > 1)
                    diagnostics.Add(DiagnosticInfo.At(Descriptors.UnknownField, $"[MmpField(\"{placement.Path}\")] on '{property.Name}' does not say which vendor it is for, and the class declares several ({declared}): write [MmpField(\"{vendors[0].SchemaId}\", \"{placement.Path}\")], one per vendor that gets the property.", placement.Location ?? property.Location));
                else if (placement.SchemaId is { } schemaId && vendors.All(v => v.SchemaId != schemaId))
                    diagnostics.Add(DiagnosticInfo.At(Descriptors.UnknownField, $"[MmpField(\"{schemaId}\", …)] on '{property.Name}' names a vendor the class does not declare (it declares {declared}): add [MmpEvent(\"{schemaId}\", …)] to the class or correct the schema id.", placement.Location ?? property.Location));
            }
            if (vendors.Count == 1 && property.Placements.Count(p => p.SchemaId is null || p.SchemaId == vendors[0].SchemaId) > 1)
                diagnostics.Add(DiagnosticInfo.At(Descriptors.DuplicatePath, $"'{property.Name}' has several [MmpField]s for {vendors[0].SchemaId}: a class with one vendor places each property once.", property.Location));
        }
    }

    private static string? OneVendorPath(UserPropertyModel property, string schemaId) =>
        property.Placements.FirstOrDefault(p => p.SchemaId is null || p.SchemaId == schemaId)?.Path;

    private static void CheckShape(INamedTypeSymbol type, SyntaxNode node, LocationInfo? location, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        if (!IsPartial(type, cancellationToken))
            diagnostics.Add(DiagnosticInfo.At(Descriptors.NotPartial, $"'{type.Name}' has [MmpEvent] but is not partial: declare it 'partial {Keyword(type)} {type.Name}' so the generator can complete it.", location));
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (!IsPartial(outer, cancellationToken))
                diagnostics.Add(DiagnosticInfo.At(Descriptors.NotPartial, $"'{type.Name}' is nested in '{outer.Name}', which is not partial: declare '{outer.Name}' partial too.", location));
            if (outer.IsGenericType)
                diagnostics.Add(DiagnosticInfo.At(Descriptors.UnsupportedShape, $"'{type.Name}' is nested in the generic type '{outer.Name}': [MmpEvent] classes cannot be generic or inside a generic type.", location));
        }
        if (type.IsGenericType)
            diagnostics.Add(DiagnosticInfo.At(Descriptors.UnsupportedShape, $"'{type.Name}' is generic: an [MmpEvent] class describes one vendor event and cannot have type parameters.", location));
        if (type.IsAbstract || type.IsStatic)
            diagnostics.Add(DiagnosticInfo.At(Descriptors.UnsupportedShape, $"'{type.Name}' is {(type.IsStatic ? "static" : "abstract")}: an [MmpEvent] class must be instantiable.", location));
        if (type.IsValueType)
            diagnostics.Add(DiagnosticInfo.At(Descriptors.UnsupportedShape, $"'{type.Name}' is a {Keyword(type)}: an [MmpEvent] type must be a class or a record class, which the parser creates and the writer reads by reference.", location));
        if (node is RecordDeclarationSyntax { ParameterList: not null })
            diagnostics.Add(DiagnosticInfo.At(Descriptors.UnsupportedShape, $"'{type.Name}' is a positional record: declare its members as properties ('public decimal Amount {{ get; init; }}') so the parser can create it.", location));
    }

    private static IEnumerable<UserPropertyModel> ReadProperties(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (property.IsStatic || property.IsIndexer || property.IsImplicitlyDeclared || property.GetMethod is null
                || property.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal))
            {
                continue;
            }
            var placements = property.GetAttributes()
                .Where(a => a.AttributeClass?.ToDisplayString() == MmpMetadataNames.FieldAttribute)
                .Select(a => a.ConstructorArguments.Length == 2
                    ? new FieldPlacement(a.ConstructorArguments[0].Value as string ?? "", a.ConstructorArguments[1].Value as string ?? "", LocationInfo.From(a.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation()))
                    : new FieldPlacement(null, a.ConstructorArguments.FirstOrDefault().Value as string ?? "", LocationInfo.From(a.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation())))
                .ToEquatableArray();
            var propertyType = property.Type;
            var isNullableValue = propertyType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable;
            var underlying = isNullableValue ? ((INamedTypeSymbol)propertyType).TypeArguments[0] : propertyType;
            yield return new UserPropertyModel(
                property.Name,
                null, // the one-vendor path, chosen from the placements once the vendors are known
                underlying.WithNullableAnnotation(NullableAnnotation.None).ToDisplayString(TypeFormat),
                isNullableValue || (!propertyType.IsValueType && propertyType.NullableAnnotation != NullableAnnotation.NotAnnotated),
                property.SetMethod is not null,
                LocationInfo.From(property.Locations.FirstOrDefault()),
                placements);
        }
    }

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        type.DeclaringSyntaxReferences.All(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
            && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static string Keyword(INamedTypeSymbol type) =>
        type.IsRecord ? (type.IsValueType ? "record struct" : "record") : type.IsValueType ? "struct" : type.TypeKind == TypeKind.Interface ? "interface" : "class";
}
