using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using MmpTyped.Testing;

namespace MmpTyped.Testing;

/// <summary>
/// The vendor documents' example payloads under <c>tests/MmpTyped.Tests/Examples/&lt;schema id&gt;/</c>,
/// with the expectation each folder's README.md states on a line
/// <c>- `file.json` | source | accepted</c> (or <c>rejected at $.path (Kind): why</c>, or <c>not JSON: why</c>).
/// </summary>
/// <remarks>
/// Shared by the schema, record and CLI tests (linked from tests/Shared). It takes every folder there
/// is, so a new schema's examples reach every test without an edit.
/// </remarks>
internal static partial class DocumentedExamples
{
    public static string Root { get; } = Path.Combine(RepoPaths.Root, "tests", "MmpTyped.Tests", "Examples");

    public static string Folder(string schemaId) => Path.Combine(Root, schemaId);

    public static IReadOnlyList<DocumentedExample> All { get; } = Load();

    /// <summary>The names (<c>schema id/file</c>) of the examples that <paramref name="where"/> picks, as theory data.</summary>
    public static TheoryData<string> Names(Func<DocumentedExample, bool> where)
    {
        var data = new TheoryData<string>();
        foreach (var example in All.Where(where))
            data.Add(example.ToString());
        return data;
    }

    public static DocumentedExample Named(string name) => All.Single(e => e.ToString() == name);

    private static List<DocumentedExample> Load()
    {
        var examples = new List<DocumentedExample>();
        foreach (var folder in Directory.GetDirectories(Root).Order(StringComparer.Ordinal))
        {
            var readme = Path.Combine(folder, "README.md");
            if (!File.Exists(readme))
                continue;
            foreach (var match in File.ReadLines(readme).Select(l => Line().Match(l)).Where(m => m.Success))
                examples.Add(Parse(Path.GetFileName(folder), match));
        }
        return examples;
    }

    private static DocumentedExample Parse(string schemaId, Match line)
    {
        var expectation = line.Groups["expect"].Value.Trim();
        var rejected = Rejection().Match(expectation);
        var outcome = expectation.StartsWith("not JSON", StringComparison.Ordinal) ? ExampleOutcome.NotJson
            : rejected.Success ? ExampleOutcome.Rejected
            : expectation == "accepted" ? ExampleOutcome.Accepted
            : throw new FormatException($"{schemaId}/README.md: unknown expectation '{expectation}'.");
        return new DocumentedExample(schemaId, line.Groups["file"].Value, line.Groups["source"].Value.Trim(), outcome,
            rejected.Success ? rejected.Groups["path"].Value : null,
            rejected.Success ? rejected.Groups["kind"].Value : null);
    }

    [GeneratedRegex(@"^- `(?<file>[^`]+\.json)` \| (?<source>[^|]+) \| (?<expect>.+)$")]
    private static partial Regex Line();

    [GeneratedRegex(@"^rejected at (?<path>\$[^\s]*) \((?<kind>\w+)\)")]
    private static partial Regex Rejection();
}

internal enum ExampleOutcome { Accepted, Rejected, NotJson }

/// <summary>One example payload and what its README says about it.</summary>
internal sealed record DocumentedExample(string SchemaId, string File, string Source, ExampleOutcome Outcome, string? RejectedPath, string? RejectedKind)
{
    public string FullPath => Path.Combine(DocumentedExamples.Root, SchemaId, File);

    public byte[] Bytes => System.IO.File.ReadAllBytes(FullPath);

    public string Text => System.IO.File.ReadAllText(FullPath);

    /// <summary>
    /// Rejected for a member of the wrong JSON type (the independent validator's kinds <c>StringExpected</c>,
    /// <c>NumberExpected</c>, ...): the record cannot hold such a value, so parsing refuses the input.
    /// </summary>
    public bool HasWrongType => RejectedKind?.EndsWith("Expected", StringComparison.Ordinal) == true;

    /// <summary>The parser reads it into the schema's record (it may still break a rule).</summary>
    public bool Parses => Outcome != ExampleOutcome.NotJson && !HasWrongType;

    public override string ToString() => $"{SchemaId}/{File}";
}
