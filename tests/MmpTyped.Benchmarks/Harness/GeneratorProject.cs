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
/// The project the generator benchmark compiles: ordinary C# files against the .NET 10 reference
/// assemblies and MmpTyped.dll, the six built-in schemas, and <see cref="CustomSchemaCount"/> small custom
/// schemas, all passed as AdditionalFiles. ([MmpEvent] classes are not implemented by the generator yet,
/// so the custom schemas stand in for the issue's "200 [MmpEvent] classes".)
/// </summary>
internal static class GeneratorProject
{
    public const int CustomSchemaCount = 200;

    private const int SourceFileCount = 40;

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

    /// <summary>The AdditionalFiles: the six built-in schemas, then the custom ones.</summary>
    public static ImmutableArray<AdditionalText> Schemas()
    {
        var builtIn = Directory.GetFiles(RepoPaths.Schemas, "*.schema.json")
            .Order(System.StringComparer.Ordinal)
            .Select(path => (AdditionalText)new InMemoryText("/project/schemas/" + Path.GetFileName(path), File.ReadAllText(path)));
        var custom = Enumerable.Range(0, CustomSchemaCount)
            .Select(i => (AdditionalText)new InMemoryText($"/project/schemas/{CustomId(i)}.schema.json", CustomSchema(i)));
        return [.. builtIn, .. custom];
    }

    private static SyntaxTree SourceFile(int index, string body)
    {
        var text = $$"""
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
            """;
        return CSharpSyntaxTree.ParseText(text, ParseOptions, path: $"/project/Feature{index}.cs");
    }

    private static string CustomId(int index) => $"bench.vendor{index:000}";

    /// <summary>A made-up vendor's event: strings, a number, an enum, a timestamp, a nested object and an identifier rule.</summary>
    private static string CustomSchema(int index) => $$"""
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "description": "Event {{index}} of a made-up vendor.",
          "x-mmp-id": "{{CustomId(index)}}",
          "x-mmp-namespace": "Bench.Vendor{{index:000}}",
          "x-mmp-type": "Vendor{{index:000}}Event",
          "x-mmp-direction": "outbound",
          "x-mmp-endpoint": { "method": "POST", "url": "https://vendor{{index:000}}.example/v1/events" },
          "type": "object",
          "required": ["event_name"],
          "properties": {
            "event_name": { "type": "string", "minLength": 1, "description": "The event's name." },
            "quantity": { "type": "integer", "minimum": 1, "maximum": 100, "description": "How many items." },
            "platform": { "type": "string", "enum": ["ios", "android", "web"], "description": "Where it happened." },
            "currency": { "type": "string", "pattern": "^[A-Z]{3}$", "description": "An ISO 4217 code." },
            "occurred_at": { "type": "integer", "x-mmp-timestamp": "unix-ms", "description": "When, in Unix milliseconds." },
            "user_id": { "type": "string", "description": "Your id for the user." },
            "device": {
              "type": "object",
              "x-mmp-type": "Vendor{{index:000}}Device",
              "description": "The device.",
              "properties": {
                "device_id": { "type": "string", "description": "The advertising id." },
                "model": { "type": "string", "description": "The model name." }
              }
            }
          },
          "x-mmp-rule": "identifier",
          "anyOf": [ { "required": ["user_id"] }, { "required": ["device"] } ]
        }
        """;

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
