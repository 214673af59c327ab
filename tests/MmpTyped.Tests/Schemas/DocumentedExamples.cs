using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using MmpTyped.Testing;

namespace MmpTyped.Tests.Schemas;

/// <summary>
/// The example payloads copied verbatim from the vendor documents, under
/// <c>tests/MmpTyped.Tests/Examples/&lt;schema id&gt;/</c>. Each folder's README.md has one line per file:
/// <code>- `file.json` | where it comes from | expectation</code>
/// where the expectation is <c>accepted</c>, <c>rejected at $.path (Kind): why</c> when the example
/// breaks a rule the same document states, or <c>not JSON: why</c> when the document's text is not JSON.
/// </summary>
internal static partial class DocumentedExamples
{
    public static string Folder(string schemaId) =>
        Path.Combine(RepoPaths.Root, "tests", "MmpTyped.Tests", "Examples", schemaId);

    public static IReadOnlyList<DocumentedExample> All { get; } = Load();

    private static List<DocumentedExample> Load()
    {
        var examples = new List<DocumentedExample>();
        foreach (var schemaId in SchemaValidator.SchemaIds)
        {
            var readme = Path.Combine(Folder(schemaId), "README.md");
            if (!File.Exists(readme))
                continue;
            foreach (var line in File.ReadLines(readme))
            {
                var match = Line().Match(line);
                if (match.Success)
                    examples.Add(Parse(schemaId, match));
            }
        }
        return examples;
    }

    private static DocumentedExample Parse(string schemaId, Match line)
    {
        var expectation = line.Groups["expect"].Value.Trim();
        var rejected = Rejection().Match(expectation);
        return new DocumentedExample(
            schemaId,
            line.Groups["file"].Value,
            line.Groups["source"].Value.Trim(),
            expectation.StartsWith("not JSON", StringComparison.Ordinal) ? ExampleOutcome.NotJson
                : rejected.Success ? ExampleOutcome.Rejected
                : expectation == "accepted" ? ExampleOutcome.Accepted
                : throw new FormatException($"{schemaId}/README.md: unknown expectation '{expectation}'."),
            rejected.Success ? rejected.Groups["path"].Value : null,
            rejected.Success ? rejected.Groups["kind"].Value : null);
    }

    [GeneratedRegex(@"^- `(?<file>[^`]+\.json)` \| (?<source>[^|]+) \| (?<expect>.+)$")]
    private static partial Regex Line();

    [GeneratedRegex(@"^rejected at (?<path>\$[^\s]*) \((?<kind>\w+)\)")]
    private static partial Regex Rejection();
}

internal enum ExampleOutcome { Accepted, Rejected, NotJson }

internal sealed record DocumentedExample(
    string SchemaId, string File, string Source, ExampleOutcome Outcome, string? RejectedPath, string? RejectedKind)
{
    public string FullPath => Path.Combine(DocumentedExamples.Folder(SchemaId), File);

    public string Text => System.IO.File.ReadAllText(FullPath);

    public override string ToString() => $"{SchemaId}/{File}";
}
