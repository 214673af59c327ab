using Microsoft.CodeAnalysis;

namespace MmpTyped.Generators;

/// <summary>
/// The generator's own diagnostics (MMP1xx): problems in a schema file or an <c>[MmpEvent]</c> class. A
/// diagnostic is one of these, a place and the message's arguments (<see cref="Model.DiagnosticInfo"/>);
/// a message of one fixed shape is the descriptor's format, a construct worded case by case is <c>{0}</c>.
/// </summary>
internal static class Descriptors
{
    private const string Category = "MmpTyped.Schema";

    public static readonly DiagnosticDescriptor SchemaNotJson = Create(
        "MMP101", "Schema file is not valid JSON", "Schema is not valid JSON: {0}");

    public static readonly DiagnosticDescriptor UnsupportedSchema = Create(
        "MMP102", "Schema construct is not supported", "{0}");

    /// <summary>{0} the type's full name, {1} the schema that defined it first, {2} the one that differs.</summary>
    public static readonly DiagnosticDescriptor ConflictingType = Create(
        "MMP103", "Two schemas define one type differently",
        "'{0}' is defined differently by '{1}' and '{2}': a type shared by two schemas must have the same members, rules and descriptions in both.");

    /// <summary>{0} the type's full name, {1} its schema, {2} what the generator needs the name for.</summary>
    public static readonly DiagnosticDescriptor GeneratedNameTaken = Create(
        "MMP103", "Two schemas define one type differently",
        "'{0}' in '{1}' is a name the generator needs for {2}: give the type another x-mmp-type.");

    /// <summary>{0} the view, {1} the implementing schema, {2} its namespace, {3} the view's.</summary>
    public static readonly DiagnosticDescriptor ViewAcrossNamespaces = Create(
        "MMP104", "A view cannot be built from its schemas",
        "x-mmp-view '{0}': '{1}' is in namespace {2}, not {3}; a view and its records share one namespace.");

    /// <summary>{0} the view member, {1} its type, {2} the view's schema, {3} the implementer's member, {4} its type, {5} the implementer's schema.</summary>
    public static readonly DiagnosticDescriptor ViewTypeMismatch = Create(
        "MMP104", "A view cannot be built from its schemas",
        "x-mmp-view: '{0}' is {1} in '{2}' but '{3}' is {4} in '{5}'; give them one type.");

    public static readonly DiagnosticDescriptor BeyondLimits = Create(
        "MMP105", "Schema is beyond the generator's limits", "{0}");

    /// <summary>{0} the id, {1} the file that has it first.</summary>
    public static readonly DiagnosticDescriptor DuplicateSchemaId = Create(
        "MMP106", "Two schema files have one id",
        "The schema id '{0}' is already taken by '{1}': each schema file needs an id of its own (this file is not generated).");

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

    /// <summary>Where each id's page lives (what triggers it, a wrong and a right example): <c>analyzers/docs/MMPxxx.md</c> in the repository.</summary>
    private const string HelpBase = "https://github.com/mmptyped/mmptyped/blob/main/analyzers/docs/";

    private static DiagnosticDescriptor Create(string id, string title, string format, string category = Category) =>
        new(id, title, format, category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: HelpBase + id + ".md");
}
