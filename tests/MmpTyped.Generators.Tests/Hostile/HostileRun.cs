using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using MmpTyped.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MmpTyped.Generators.Tests.Hostile;

/// <summary>
/// What every hostile input must leave behind: the generator did not throw (no CS8785), and either the
/// schema is refused with an MMP1xx at the line that holds the problem, or the generated code compiles.
/// </summary>
internal static class HostileRun
{
    public static GeneratorRun Survive(params InMemoryAdditionalText[] schemas) =>
        Survive(GeneratorHarness.CreateCompilation(), schemas);

    public static GeneratorRun Survive(Microsoft.CodeAnalysis.CSharp.CSharpCompilation compilation, params InMemoryAdditionalText[] schemas)
    {
        var run = GeneratorHarness.Run(compilation, schemas);
        Assert.True(run.Result.Exception is null, $"The generator threw: {run.Result.Exception}");
        Assert.DoesNotContain(run.Result.Diagnostics, d => d.Id == "CS8785");
        Assert.All(run.Result.Diagnostics, d => Assert.StartsWith("MMP1", d.Id, System.StringComparison.Ordinal));
        return run;
    }

    /// <summary>The one diagnostic is <paramref name="id"/> on the line of <paramref name="marker"/>, and nothing of the schema was generated.</summary>
    public static Diagnostic AssertRefused(GeneratorRun run, InMemoryAdditionalText schema, string id, string marker)
    {
        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.True(diagnostic.Id == id, $"Expected {id}, got {diagnostic}");
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(schema.Path, span.Path);
        Assert.Equal(MiniSchema.LineOf(schema.Text, marker), span.StartLinePosition.Line);
        Assert.DoesNotContain(run.HintNames, h => h.StartsWith(MiniSchema.Namespace + ".", System.StringComparison.Ordinal));
        return diagnostic;
    }

    public static void AssertGeneratedAndCompiles(GeneratorRun run)
    {
        Assert.True(run.Result.Diagnostics.IsEmpty, string.Join("\n", run.Result.Diagnostics));
        Assert.NotEmpty(run.Sources);
        run.AssertCompiles();
    }

    /// <summary>Parses <paramref name="json"/> with the static <c>Parse</c> of a generated record type.</summary>
    public static IMmpEvent Parse(System.Type type, string json)
    {
        var parse = typeof(HostileRun).GetMethod(nameof(ParseAs), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        return (IMmpEvent)parse.Invoke(null, BindingFlags.DoNotWrapExceptions, null, [Encoding.UTF8.GetBytes(json)], null)!;
    }

    private static T ParseAs<T>(byte[] utf8Json) where T : class, IMmpEvent<T> => T.Parse(utf8Json);

    public static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    /// <summary>A schema of the tests' namespace with <paramref name="properties"/>, as the file <c>acme.mini.schema.json</c>.</summary>
    public static InMemoryAdditionalText Mini(string properties, string rootExtra = "") =>
        InMemoryAdditionalText.Schema("acme.mini", MiniSchema.Text("acme.mini", "MiniEvent", properties, rootExtra));

    /// <summary>The same with one root keyword's value replaced (<c>x-mmp-namespace</c>, <c>x-mmp-type</c>).</summary>
    public static InMemoryAdditionalText MiniWith(string keyword, string jsonValue)
    {
        var text = MiniSchema.Text("acme.mini", "MiniEvent", "\"name\": { \"type\": \"string\" }");
        var line = text.Split('\n').First(l => l.Contains($"\"{keyword}\"", System.StringComparison.Ordinal));
        return InMemoryAdditionalText.Schema("acme.mini", text.Replace(line, $"  \"{keyword}\": {jsonValue},", System.StringComparison.Ordinal));
    }
}
