using Microsoft.CodeAnalysis;

namespace MmpTyped.Generators;

/// <summary>The generator's own diagnostics (MMP1xx): problems in a schema file.</summary>
internal static class Descriptors
{
    private const string Category = "MmpTyped.Schema";

    public static readonly DiagnosticDescriptor SchemaNotJson = Create(
        "MMP101", "Schema file is not valid JSON", "Schema is not valid JSON: {0}");

    public static readonly DiagnosticDescriptor UnsupportedSchema = Create(
        "MMP102", "Schema construct is not supported", "{0}");

    public static readonly DiagnosticDescriptor ConflictingType = Create(
        "MMP103", "Two schemas define one type differently", "{0}");

    public static readonly DiagnosticDescriptor BadView = Create(
        "MMP104", "A view cannot be built from its schemas", "{0}");

    public static readonly DiagnosticDescriptor BeyondLimits = Create(
        "MMP105", "Schema is beyond the generator's limits", "{0}");

    public static readonly DiagnosticDescriptor DuplicateSchemaId = Create(
        "MMP106", "Two schema files have one id", "{0}");

    public static readonly DiagnosticDescriptor NotPartial = Create(
        "MMP110", "[MmpEvent] class is not partial", "{0}", "MmpTyped.Definition");

    public static readonly DiagnosticDescriptor UnknownSchema = Create(
        "MMP111", "[MmpEvent] names a schema that cannot take it", "{0}", "MmpTyped.Definition");

    public static readonly DiagnosticDescriptor UnknownField = Create(
        "MMP112", "[MmpField] path is not in the schema", "{0}", "MmpTyped.Definition");

    public static readonly DiagnosticDescriptor TypeMismatch = Create(
        "MMP113", "Property type does not match the schema", "{0}", "MmpTyped.Definition");

    public static readonly DiagnosticDescriptor DuplicatePath = Create(
        "MMP114", "Two properties go to one JSON path", "{0}", "MmpTyped.Definition");

    public static readonly DiagnosticDescriptor NameClash = Create(
        "MMP115", "Property name clashes with a generated member", "{0}", "MmpTyped.Definition");

    public static readonly DiagnosticDescriptor UnsupportedShape = Create(
        "MMP116", "[MmpEvent] class has a shape the generator cannot complete", "{0}", "MmpTyped.Definition");

    public static readonly DiagnosticDescriptor BadAttribute = Create(
        "MMP117", "[MmpEvent] needs a schema id and an event name", "{0}", "MmpTyped.Definition");

    /// <summary>
    /// MMP004 on an <c>[MmpEvent]</c> name the event-name member's rules refuse: the analyzers' vendor rule,
    /// a warning as theirs is, reported by the generator because only it holds the schema's rules for the name.
    /// </summary>
    public static readonly DiagnosticDescriptor InvalidEventName = new(
        MmpErrorCodes.InvalidValue, "A value the vendor does not accept", "{0}", "MmpTyped.Vendor", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        "The [MmpEvent] name breaks a rule of the schema's event-name member (an enum, anyOf alternative, pattern or length); the vendor drops the event or counts it as another one.",
        helpLinkUri: HelpBase + MmpErrorCodes.InvalidValue + ".md");

    /// <summary>The descriptor of an id; an id without one is a bug of the generator, never shown as another diagnostic.</summary>
    public static DiagnosticDescriptor For(string id) => id switch
    {
        MmpErrorCodes.InvalidValue => InvalidEventName,
        "MMP101" => SchemaNotJson,
        "MMP102" => UnsupportedSchema,
        "MMP103" => ConflictingType,
        "MMP104" => BadView,
        "MMP105" => BeyondLimits,
        "MMP106" => DuplicateSchemaId,
        "MMP110" => NotPartial,
        "MMP111" => UnknownSchema,
        "MMP112" => UnknownField,
        "MMP113" => TypeMismatch,
        "MMP114" => DuplicatePath,
        "MMP115" => NameClash,
        "MMP116" => UnsupportedShape,
        "MMP117" => BadAttribute,
        _ => throw new System.ArgumentOutOfRangeException(nameof(id), id, "No MmpTyped generator diagnostic has this id."),
    };

    /// <summary>Where each id's page lives (what triggers it, a wrong and a right example): <c>analyzers/docs/MMPxxx.md</c> in the repository.</summary>
    private const string HelpBase = "https://github.com/mmptyped/mmptyped/blob/main/analyzers/docs/";

    private static DiagnosticDescriptor Create(string id, string title, string format, string category = Category) =>
        new(id, title, format, category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: HelpBase + id + ".md");
}
