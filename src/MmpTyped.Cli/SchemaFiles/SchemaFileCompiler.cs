using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using MmpTyped.Generators;
using MmpTyped.Schemas;

namespace MmpTyped.Cli.SchemaFiles;

/// <summary>
/// Makes a user's schema file usable by <c>validate</c> and <c>roundtrip</c> with exactly the rules a build
/// of the user's project gives it: the real source generator runs on the file in memory, the C# compiler
/// compiles its output against this runtime and MmpTyped.dll, and the assembly is loaded into a collectible
/// <see cref="AssemblyLoadContext"/>, whose module initializer registers the schema with
/// <see cref="MmpSchemaCatalog"/>. No second interpreter of the schema's rules exists to drift from the
/// generated code.
/// </summary>
internal static class SchemaFileCompiler
{
    /// <summary>The suffix the generator takes a file for a schema by; the part before it is the schema's id.</summary>
    public const string Suffix = ".schema.json";

    /// <summary>
    /// Compiles the schema text read from <paramref name="path"/>. Returns its catalog entry, or null with
    /// <paramref name="errors"/> holding the generator's (or, should generated code not compile, the
    /// compiler's) errors, each as <c>path(line,column): error ID: message</c>.
    /// </summary>
    public static MmpSchemaInfo? Compile(string path, string text, out IReadOnlyList<string> errors)
    {
        var schemaFile = new SchemaText(path, SourceText.From(text));
        var compilation = CSharpCompilation.Create(
            "MmpTyped.Cli.SchemaFile." + Guid.NewGuid().ToString("N"),
            syntaxTrees: [],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create(
            [new MmpGenerator().AsSourceGenerator()],
            [schemaFile],
            new CSharpParseOptions(LanguageVersion.Latest));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        // The generator reports errors only; a warning here is the compiler's CS8785 (the generator threw).
        errors = Describe(generatorDiagnostics, DiagnosticSeverity.Warning);
        if (errors.Count > 0)
            return null;

        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        errors = Describe(emitted.Diagnostics, DiagnosticSeverity.Error);
        if (!emitted.Success)
            return null;

        image.Position = 0;
        var context = new AssemblyLoadContext("mmptyped-schema-file", isCollectible: true);
        var assembly = context.LoadFromStream(image);
        // Its module initializer registers the schema; a file exactly as MmpTyped ships it registers nothing,
        // and the catalog's built-in entry (the same schema) answers.
        RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
        return MmpSchemaCatalog.Get(IdOf(path));
    }

    /// <summary>The schema id the file's name gives (the generator checks it equals the file's <c>x-mmp-id</c>).</summary>
    public static string IdOf(string path)
    {
        var name = Path.GetFileName(path);
        return name.Substring(0, name.Length - Suffix.Length);
    }

    private static List<string> Describe(IEnumerable<Diagnostic> diagnostics, DiagnosticSeverity atLeast) =>
        diagnostics
            .Where(d => d.Severity >= atLeast)
            .Select(d => d.ToString())
            .ToList();

    // The generated code needs only the base class library and MmpTyped.dll: the framework assemblies this
    // process runs on (the trusted platform assemblies from the runtime's own folder), and MmpTyped.dll.
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var framework = trusted.Where(p => string.Equals(Path.GetDirectoryName(p), runtimeFolder, StringComparison.Ordinal));
        return [.. framework.Append(typeof(IMmpEvent).Assembly.Location).Distinct(StringComparer.Ordinal).Select(p => MetadataReference.CreateFromFile(p))];
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The schema file as the compiler hands it to a generator: an AdditionalFile.</summary>
    private sealed class SchemaText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
