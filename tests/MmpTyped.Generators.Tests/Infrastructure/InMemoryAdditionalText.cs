using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace MmpTyped.Generators.Tests.Infrastructure;

/// <summary>A schema file handed to the generator as an AdditionalFile, without touching the disk.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

    public override string Path { get; } = path;

    public string Text { get; } = text;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

    /// <summary>The same file with new contents, for <c>GeneratorDriver.ReplaceAdditionalText</c>.</summary>
    public InMemoryAdditionalText WithText(string text) => new(Path, text);

    /// <summary>A schema as a project passes it: <c>schemas/&lt;id&gt;.schema.json</c>.</summary>
    public static InMemoryAdditionalText Schema(string schemaId, string text) =>
        new($"/project/schemas/{schemaId}.schema.json", text);
}
