using System;

namespace MmpTyped.Generators.Tests.Infrastructure;

/// <summary>Small schemas for the diagnostics tests: a valid root around the one construct under test.</summary>
internal static class MiniSchema
{
    public const string Namespace = "Acme.Mini";

    /// <summary>A schema whose root has <paramref name="properties"/> (JSON members) and <paramref name="rootExtra"/> (more root members, each starting with a comma).</summary>
    public static string Text(string id, string rootType, string properties, string rootExtra = "") => $$"""
        {
          "description": "A small schema of the generator's tests.",
          "x-mmp-id": "{{id}}",
          "x-mmp-namespace": "{{Namespace}}",
          "x-mmp-type": "{{rootType}}",
          "x-mmp-direction": "outbound",
          "type": "object",
          "properties": {
            {{properties}}
          }{{rootExtra}}
        }
        """;

    /// <summary>The zero-based line of the first occurrence of <paramref name="marker"/>, where a diagnostic should point.</summary>
    public static int LineOf(string text, string marker)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        if (index < 0)
            throw new ArgumentException($"'{marker}' is not in the schema.", nameof(marker));
        return text.AsSpan(0, index).Count('\n');
    }
}
