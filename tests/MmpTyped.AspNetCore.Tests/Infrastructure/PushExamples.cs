using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MmpTyped.Sandbox.Push;
using MmpTyped.Testing;

namespace MmpTyped.AspNetCore.Tests.Infrastructure;

/// <summary>
/// The documented Push API examples (tests/MmpTyped.Tests/Examples/appsflyer.push.v1 and .v2): the files their
/// README marks <c>accepted</c>. (One V1.0 example is the vendor document's text with a broken escape, kept
/// verbatim and marked not JSON; the receiver stores such a message quarantined.)
/// </summary>
internal static partial class PushExamples
{
    public const string V1 = "appsflyer.push.v1";
    public const string V2 = "appsflyer.push.v2";

    public static string Folder(string version) => Path.Combine(RepoPaths.Root, "tests", "MmpTyped.Tests", "Examples", version);

    /// <summary>The example files the folder's README marks accepted.</summary>
    public static IReadOnlyList<string> Files(string version, bool accepted = true)
    {
        var files = File.ReadLines(Path.Combine(Folder(version), "README.md"))
            .Select(line => ListedFile().Match(line))
            .Where(match => match.Success && match.Groups["verdict"].Value.Trim().StartsWith("accepted", StringComparison.Ordinal) == accepted)
            .Select(match => Path.Combine(Folder(version), match.Groups["file"].Value))
            .ToList();
        if (accepted && files.Count == 0)
            throw new InvalidOperationException($"The README in {Folder(version)} lists no accepted example.");
        return files;
    }

    /// <summary>Every accepted example of the version, as the sandbox's sender reads them.</summary>
    public static IReadOnlyList<PushApiMessage> Load(string version) => PushApiMessage.Load(Files(version));

    /// <summary>The real 2.9 KB V2.0 message.</summary>
    public static string V2Message => Load(V2).Single().Json;

    /// <summary>The V2.0 message with <paramref name="changes"/> applied.</summary>
    public static string V2With(params (string Name, JsonNode? Value)[] changes)
    {
        var node = JsonNode.Parse(V2Message)!.AsObject();
        foreach (var (name, value) in changes)
            node[name] = value;
        return node.ToJsonString();
    }

    [GeneratedRegex(@"^- `(?<file>[^`]+\.json)` \|.*\| (?<verdict>[^|]+)$")]
    private static partial Regex ListedFile();
}
