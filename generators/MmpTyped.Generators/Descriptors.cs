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

    public static DiagnosticDescriptor For(string id) => id switch
    {
        "MMP101" => SchemaNotJson,
        "MMP103" => ConflictingType,
        _ => UnsupportedSchema,
    };

    private static DiagnosticDescriptor Create(string id, string title, string format) =>
        new(id, title, format, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
