using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MmpTyped.Analyzers.Tests.Parity;

/// <summary>One finding, on either side: its code, the JSON path it is at, and what it says.</summary>
internal sealed record Finding(string Code, string Path, string Message)
{
    public override string ToString() => $"{Code} {Path} {Message}";
}

/// <summary>
/// What the parity tests compare: a record's <c>Validate()</c> errors, and the analyzer's diagnostics on the
/// C# initializer that builds the same record with constants, each mapped to the JSON path of the value or
/// object it is at.
/// </summary>
internal static partial class ParityAnalysis
{
    /// <summary>The codes both sides decide: MMP003 is the compiler's (<c>required</c>); MMP005 and MMP007 depend on the payload's size and the clock, so only <c>Validate()</c> decides them.</summary>
    public static readonly HashSet<string> CompileTimeCodes = ["MMP001", "MMP002", "MMP004", "MMP006"];

    /// <summary>
    /// <c>Validate()</c>'s errors of the compile-time codes, as the analyzer places them: MMP002 at the object
    /// (the analyzer reports the rule once there, naming every missing companion), the rest where they are.
    /// </summary>
    public static List<Finding> ValidateFindings(object record, TimeProvider clock) =>
        ((IMmpEvent)record).Validate(clock).Errors
            .Where(e => CompileTimeCodes.Contains(e.Code))
            .Select(e => new Finding(e.Code, e.Code == "MMP002" ? Parent(e.Path) : e.Path, e.Message))
            .ToList();

    /// <summary>Where the findings are, each (code, path) once, in order.</summary>
    public static List<(string Code, string Path)> Places(IEnumerable<Finding> findings) =>
        findings.Select(f => (f.Code, f.Path)).Distinct().Order().ToList();

    /// <summary>
    /// The messages the analyzer must show for <c>Validate()</c>'s findings: the same texts, except that the
    /// several MMP002 errors of one object and rule (<c>'osName' must be set because 'deviceUUID' is (rule 'r').</c>)
    /// are one message naming them all (<c>'deviceModel', 'osName' and 'osVersion' must be set because ...</c>).
    /// </summary>
    public static List<string> ExpectedMessages(IEnumerable<Finding> validate)
    {
        var messages = new List<string>();
        foreach (var group in validate.GroupBy(f => (f.Code, f.Path)))
        {
            if (group.Key.Code != "MMP002")
            {
                messages.AddRange(group.Select(f => $"{f.Code} {f.Path} {f.Message}"));
                continue;
            }
            foreach (var rule in group.Select(f => Companion().Match(f.Message)).GroupBy(m => m.Groups["because"].Value))
            {
                var names = rule.Select(m => m.Groups["name"].Value).ToList();
                var list = names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
                messages.Add($"MMP002 {group.Key.Path} {list} {rule.Key}");
            }
        }
        return messages.Distinct().Order(StringComparer.Ordinal).ToList();
    }

    public static List<string> Messages(IEnumerable<Finding> analyzer) =>
        analyzer.Select(f => $"{f.Code} {f.Path} {f.Message}").Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The analyzer's findings on the record written as a C# initializer with constants (which must compile).</summary>
    public static async Task<List<Finding>> AnalyzeAsync(object record)
    {
        const string Prefix = "public static class Snippet\n{\n    public static void Run() => MmpTyped.MmpJson.Serialize(";
        var (initializer, places) = InitializerWriter.Write(record, Prefix.Length);
        var source = Prefix + initializer + ");\n}\n";
        var compilation = CSharpCompilation.Create("Parity",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(IMmpEvent).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "the initializer does not compile:\n" + string.Join("\n", errors) + "\n" + source);

        var diagnostics = await compilation.WithAnalyzers([new MmpRulesAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        return diagnostics
            .Select(d => new Finding(d.Id, PathAt(places, d.Location.SourceSpan.Start, source), d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    private static string PathAt(IReadOnlyList<(int Start, string Path)> places, int start, string source)
    {
        foreach (var (at, path) in places)
        {
            if (at == start)
                return path;
        }
        throw new InvalidOperationException($"A diagnostic at {start} is at no value or object of the initializer: '{source.Substring(start, Math.Min(40, source.Length - start))}'.");
    }

    private static string Parent(string path) => path.Substring(0, path.LastIndexOf('.'));

    [GeneratedRegex(@"^(?<name>'[^']*') (?<because>must be set because .*)$")]
    private static partial Regex Companion();
}
