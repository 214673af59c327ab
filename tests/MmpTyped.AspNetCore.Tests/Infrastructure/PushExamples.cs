using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using MmpTyped.Sandbox.Push;
using MmpTyped.Testing;

namespace MmpTyped.AspNetCore.Tests.Infrastructure;

/// <summary>The documented Push API examples (tests/MmpTyped.Tests/Examples/appsflyer.push.v1 and .v2).</summary>
internal static class PushExamples
{
    public const string V1 = "appsflyer.push.v1";
    public const string V2 = "appsflyer.push.v2";

    public static string Folder(string version) => Path.Combine(RepoPaths.Root, "tests", "MmpTyped.Tests", "Examples", version);

    /// <summary>Every example of the version, as the sandbox's sender reads them.</summary>
    public static IReadOnlyList<PushApiMessage> Load(string version)
    {
        var messages = PushApiMessage.Load([Folder(version)]);
        if (messages.Count == 0)
            throw new InvalidOperationException($"No examples in {Folder(version)}.");
        return messages;
    }

    /// <summary>The real 2.9 KB V2.0 message.</summary>
    public static string V2Message => Load(V2).Single().Json;

    /// <summary>The V2.0 message with <paramref name="changes"/> applied (members set; a null value removes nothing, it writes null).</summary>
    public static string V2With(params (string Name, JsonNode? Value)[] changes)
    {
        var node = JsonNode.Parse(V2Message)!.AsObject();
        foreach (var (name, value) in changes)
            node[name] = value;
        return node.ToJsonString();
    }
}
