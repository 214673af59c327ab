using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using MmpTyped.Testing;
using Xunit.Sdk;

namespace MmpTyped.Generators.Tests.Infrastructure;

/// <summary>
/// Snapshot checks of generated sources (Verify is not available here): each file is compared with
/// <c>Snapshots/&lt;test&gt;/&lt;hint name&gt;.verified.cs</c>. A mismatch writes <c>.received.cs</c> beside it and
/// fails with the first differing lines; <c>MMP_ACCEPT_SNAPSHOTS=1</c> accepts what was generated (README.md).
/// </summary>
internal static partial class Snapshot
{
    public const string AcceptVariable = "MMP_ACCEPT_SNAPSHOTS";
    private const string Verified = ".verified.cs";
    private const string Received = ".received.cs";

    private static string Root => Path.Combine(RepoPaths.Root, "tests", "MmpTyped.Generators.Tests", "Snapshots");

    private static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    public static void Verify(string testName, IEnumerable<(string HintName, string Text)> files)
    {
        var directory = Path.Combine(Root, testName);
        Directory.CreateDirectory(directory);
        var actual = files.ToDictionary(f => f.HintName, f => Normalize(f.Text), StringComparer.Ordinal);
        var expected = Directory.GetFiles(directory, "*" + Verified)
            .ToDictionary(p => Path.GetFileName(p)[..^Verified.Length], p => Normalize(File.ReadAllText(p)), StringComparer.Ordinal);

        var problems = new List<string>();
        foreach (var (hintName, text) in actual.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var received = Path.Combine(directory, hintName + Received);
            if (expected.TryGetValue(hintName, out var verified) && verified == text)
            {
                File.Delete(received);
                continue;
            }
            if (Accepting)
            {
                File.WriteAllText(Path.Combine(directory, hintName + Verified), text);
                File.Delete(received);
                problems.Add($"accepted {hintName}");
                continue;
            }
            File.WriteAllText(received, text);
            problems.Add(verified is null
                ? $"{hintName}: new file, no snapshot yet (see {hintName}{Received})"
                : $"{hintName}: differs from its snapshot (see {hintName}{Received})\n{FirstDifferences(verified, text)}");
        }
        foreach (var stale in expected.Keys.Where(k => !actual.ContainsKey(k)).Order(StringComparer.Ordinal))
        {
            if (Accepting)
            {
                File.Delete(Path.Combine(directory, stale + Verified));
                problems.Add($"deleted the stale snapshot {stale}");
            }
            else
            {
                problems.Add($"{stale}: has a snapshot but was not generated");
            }
        }

        if (problems.Count > 0)
        {
            var advice = Accepting
                ? "Snapshots were updated; review them with git diff and run again without " + AcceptVariable + "."
                : $"If the new output is right, run again with {AcceptVariable}=1 to accept it.";
            throw new XunitException($"Snapshot '{testName}' ({directory}):\n{string.Join("\n", problems)}\n{advice}");
        }
    }

    /// <summary>Line endings and the generator's version in <c>[GeneratedCode]</c> are not part of a snapshot.</summary>
    public static string Normalize(string text) =>
        GeneratedCodeVersion().Replace(text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal), "$1\"VERSION\")");

    /// <summary>The first differing lines, with one-based line numbers.</summary>
    private static string FirstDifferences(string expected, string actual, int max = 8)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var report = new StringBuilder();
        report.Append(System.Globalization.CultureInfo.InvariantCulture,
            $"  expected {expectedLines.Length} lines, got {actualLines.Length}\n");
        var shown = 0;
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length) && shown < max; i++)
        {
            var before = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var after = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (before == after)
                continue;
            report.Append(System.Globalization.CultureInfo.InvariantCulture, $"  line {i + 1}:\n    - {before}\n    + {after}\n");
            shown++;
        }
        return report.ToString().TrimEnd('\n');
    }

    [GeneratedRegex("""(GeneratedCode\("MmpTyped\.Generators", )"[^"]*"\)""")]
    private static partial Regex GeneratedCodeVersion();
}
