using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using MmpTyped.Testing;

namespace MmpTyped.Benchmarks.Harness;

/// <summary>
/// The project the generator benchmark compiles: <see cref="SourceFileCount"/> ordinary C# files against the
/// .NET 10 reference assemblies and MmpTyped.dll, holding <see cref="EventClassCount"/> [MmpEvent] classes
/// (five per file, over the four outbound built-in schemas, which the generator carries itself).
/// </summary>
internal static class GeneratorProject
{
    public const int EventClassCount = 200;

    private const int SourceFileCount = 40;

    private static readonly string[] Vendors = ["airbridge.app", "airbridge.web", "appsflyer.s2s", "affise.s2s"];

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>The project's compilation.</summary>
    public static CSharpCompilation CreateCompilation()
    {
        var trees = Enumerable.Range(0, SourceFileCount).Select(i => SourceFile(i, "return 1;"));
        return CSharpCompilation.Create(
            "GeneratorBenchmark.Project",
            trees,
            [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(IMmpEvent).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>The same compilation after an edit that has nothing to do with the generator: one method body changes.</summary>
    public static CSharpCompilation WithUnrelatedEdit(CSharpCompilation compilation, int edit)
    {
        var old = compilation.SyntaxTrees.First();
        return compilation.ReplaceSyntaxTree(old, SourceFile(0, $"return {edit.ToString(CultureInfo.InvariantCulture)};"));
    }

    /// <summary>No AdditionalFiles: the [MmpEvent] classes use the built-in schemas the generator carries.</summary>
    public static ImmutableArray<AdditionalText> Schemas() => [];

    private static SyntaxTree SourceFile(int index, string body)
    {
        var perFile = EventClassCount / SourceFileCount;
        var events = string.Join("\n", Enumerable.Range(index * perFile, perFile).Select(EventClass));
        var text = $$"""
            using MmpTyped;

            namespace Project.Feature{{index}};

            public sealed class Service{{index}}
            {
                public string Name { get; set; } = "service {{index}}";

                public int Compute(int value)
                {
                    var total = value * {{index}};
                    for (var i = 0; i < value; i++)
                        total += i;
                    {{body}}
                }
            }

            {{events}}
            """;
        return CSharpSyntaxTree.ParseText(text, ParseOptions, path: $"/project/Feature{index}.cs");
    }

    /// <summary>A purchase-like event of one of the four outbound vendors: two mapped fields and a custom one.</summary>
    private static string EventClass(int index) => Vendors[index % Vendors.Length] switch
    {
        "appsflyer.s2s" => $$"""[MmpEvent("appsflyer.s2s", "af_event_{{index}}")] public partial class Event{{index}} { [MmpField("af_revenue")] public decimal Revenue { get; init; } [MmpField("af_currency")] public string? Currency { get; init; } public string? Note { get; init; } }""",
        "affise.s2s" => $$"""[MmpEvent("affise.s2s", "Event{{index}}")] public partial class Event{{index}} { [MmpField("affise_parameters.affise_p_revenue")] public decimal Revenue { get; init; } [MmpField("affise_parameters.affise_p_currency")] public string? Currency { get; init; } public string? Note { get; init; } }""",
        var schema => $$"""[MmpEvent("{{schema}}", "event_{{index}}")] public partial class Event{{index}} { [MmpField("value")] public decimal Revenue { get; init; } [MmpField("semanticAttributes.currency")] public string? Currency { get; init; } public string? Note { get; init; } }""",
    };

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
