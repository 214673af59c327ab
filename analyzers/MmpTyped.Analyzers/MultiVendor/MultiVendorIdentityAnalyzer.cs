using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using MmpTyped.Analyzers.Metadata;
using MmpTyped.Vocabulary;

namespace MmpTyped.Analyzers.MultiVendor;

/// <summary>
/// MMP001 per vendor for an event defined once for several vendors: where a multi-vendor class is created with
/// <c>Identities = new MmpIdentities { … }</c>, each vendor's identifier groups (read from its record's metadata,
/// as for a record made by hand) are checked against the identities the initializer sets. A vendor none of whose
/// branches the identities can satisfy is reported alone; the others are not. Identities that come from elsewhere
/// (a variable, a method) are left to <c>Validate()</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MultiVendorIdentityAnalyzer : DiagnosticAnalyzer
{
    private const string MultiVendorInterface = "MmpTyped.IMmpMultiVendorEvent";
    private const string IdentitiesType = "MmpTyped.MmpIdentities";
    private const string IdentitiesProperty = "Identities";
    private const string SchemaAttribute = "MmpTyped.Runtime.MmpSchemaAttribute";

    /// <summary>
    /// Where <c>MmpIdentityMapping.Fill</c> puts each identity, as (record, record property path) → identity: the
    /// identifier members of the built-in outbound records that an identity fills.
    /// </summary>
    private static readonly Dictionary<string, string> IdentityOf = new()
    {
        ["MmpTyped.Airbridge.AirbridgeAppEvent:User.ExternalUserID"] = "CustomerUserId",
        ["MmpTyped.Airbridge.AirbridgeAppEvent:Device.DeviceUUID"] = "AirbridgeDeviceUuid",
        ["MmpTyped.Affise.AffiseEvent:AffiseDeviceId"] = "AffiseDeviceId",
        ["MmpTyped.Affise.AffiseEvent:RandomUserId"] = "AffiseRandomUserId",
        ["MmpTyped.Affise.AffiseEvent:GaidAdid"] = "Gaid",
        ["MmpTyped.Affise.AffiseEvent:Adid"] = "Idfa",
    };

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.MissingIdentifier);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (MmpSymbols.Resolve(start.Compilation) is not { } symbols
                || start.Compilation.GetTypeByMetadataName(MultiVendorInterface) is not { } multiVendor
                || start.Compilation.GetTypeByMetadataName(IdentitiesType) is not { } identities)
            {
                return; // MmpTyped, or its multi-vendor events, are not referenced
            }
            var cache = new RuleCache(symbols);
            start.RegisterOperationAction(context => Check(context, cache, multiVendor, identities), OperationKind.ObjectCreation);
        });
    }

    private static void Check(OperationAnalysisContext context, RuleCache cache, INamedTypeSymbol multiVendor, INamedTypeSymbol identitiesType)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not INamedTypeSymbol type || !type.AllInterfaces.Contains(multiVendor, SymbolEqualityComparer.Default))
            return;
        var assignment = creation.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>()
            .FirstOrDefault(a => a.Target is IPropertyReferenceOperation { Property.Name: IdentitiesProperty });
        if (assignment is null || Unwrap(assignment.Value) is not IObjectCreationOperation identities
            || !SymbolEqualityComparer.Default.Equals(identities.Type, identitiesType))
        {
            return;
        }
        var given = new HashSet<string>(identities.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>()
            .Where(a => a.Target is IPropertyReferenceOperation && !IsNothing(a.Value))
            .Select(a => ((IPropertyReferenceOperation)a.Target).Property.Name) ?? []);

        foreach (var (schemaId, record) in Vendors(type))
        {
            if (PlacesEnvelope(type, schemaId))
                continue; // the class fills part of the envelope itself: Validate() decides
            foreach (var group in cache.RulesOf(record).Groups)
            {
                var branches = group.Branches.Select(b => b.Select(p => IdentityOf.TryGetValue(record.ToDisplayString() + ":" + p.Display, out var identity) ? identity : null).ToList()).ToList();
                if (branches.Any(b => b.All(identity => identity is not null && given.Contains(identity))))
                    continue;
                // Named as the user gives them (Identities.AffiseDeviceId); a group no identity can fill is named by its JSON paths.
                var fillable = branches.Where(b => b.All(i => i is not null)).Select(b => b.Select(i => IdentitiesProperty + "." + i)).ToList();
                var named = fillable.Count > 0 ? fillable : group.Branches.Select(b => b.Select(p => p.Json));
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.MissingIdentifier, assignment.Syntax.GetLocation(),
                    $"{type.Name} for {schemaId}: " + MmpMessages.MissingIdentifier(named, group.Name)));
            }
        }
    }

    // The vendor records the class builds: the generated To…() methods, each returning a record marked with its schema id.
    private static IEnumerable<(string SchemaId, INamedTypeSymbol Record)> Vendors(INamedTypeSymbol type)
    {
        foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
        {
            if (method.Parameters.Length != 0 || !method.Name.StartsWith("To", System.StringComparison.Ordinal) || method.ReturnType is not INamedTypeSymbol record)
                continue;
            var schema = record.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == SchemaAttribute);
            if (schema?.ConstructorArguments.FirstOrDefault().Value is string schemaId)
                yield return (schemaId, record);
        }
    }

    // A [MmpField(schema, "$.…")] for this vendor may set an identifier itself.
    private static bool PlacesEnvelope(INamedTypeSymbol type, string schemaId) =>
        type.GetMembers().OfType<IPropertySymbol>().SelectMany(p => p.GetAttributes())
            .Any(a => a.AttributeClass?.ToDisplayString() == "MmpTyped.MmpFieldAttribute" && a.ConstructorArguments.Length == 2
                && a.ConstructorArguments[0].Value as string == schemaId
                && (a.ConstructorArguments[1].Value as string)?.StartsWith("$.", System.StringComparison.Ordinal) == true);

    private static IOperation Unwrap(IOperation operation) => operation is IConversionOperation conversion ? Unwrap(conversion.Operand) : operation;

    // null, default, default! and null! set nothing.
    private static bool IsNothing(IOperation value)
    {
        var inner = Unwrap(value);
        return inner is IDefaultValueOperation || (inner.ConstantValue.HasValue && inner.ConstantValue.Value is null);
    }
}
