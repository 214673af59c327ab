using System.Linq;
using MmpTyped.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MmpTyped.Generators.Tests.Hostile;

/// <summary>
/// A schema is input, never code: text that would end a comment, a line or a string in C# and carry on
/// as a method reaches the generated code escaped for its place, in every place schema text goes
/// (descriptions, member names, enum values, patterns, the endpoint URL, rule names, platforms, types of
/// open keys). Each row puts the same breakout in all of them at once.
/// </summary>
public sealed class InjectionTests
{
    // JSON text: each is what a schema file holds between the "x" and the would-be method.
    public static TheoryData<string> Breakouts() => new()
    {
        "\\n", "\\r", "\\r\\n", "\\u0085", "\\u2028", "\\u2029", "*/", "</summary>", "\\\"", "\\\\", "{", "}", "{{", "\\u0000",
    };

    [Theory]
    [MemberData(nameof(Breakouts))]
    public void Schema_text_that_breaks_out_of_its_context_never_becomes_a_member(string breakout)
    {
        var payload = $"x{breakout}public static int Injected() => 42;{breakout}//";
        var schema = HostileRun.Mini(
            $$"""
            "plain": { "type": "string", "description": "{{payload}}", "x-mmp-platform": "{{payload}}" },
              "{{payload}}": { "type": "string", "x-mmp-name": "Renamed", "minLength": 1 },
              "kind": { "type": "string", "enum": ["ok", "{{payload}}"], "description": "{{payload}}" },
              "code": { "type": "string", "pattern": "^{{payload}}$" },
              "bag": { "type": "object", "patternProperties": { "^n_": { "type": "{{payload}}" } } },
              "nested": { "type": "object", "x-mmp-type": "MiniNested", "description": "{{payload}}", "properties": { "id": { "type": "string", "description": "{{payload}}" } } }
            """,
            $$"""
            ,
              "x-mmp-endpoint": { "method": "POST", "url": "https://acme.example/{app_id}/{{payload}}" },
              "x-mmp-rule": "{{payload}}",
              "anyOf": [ { "required": ["plain"] }, { "required": ["kind"] } ]
            """);

        var run = HostileRun.Survive(schema);

        // A pattern that .NET cannot read is refused (MMP102); everything else generates and compiles.
        if (run.Result.Diagnostics.Length > 0)
        {
            var diagnostic = HostileRun.AssertRefused(run, schema, "MMP102", "\"pattern\"");
            Assert.Contains("pattern", HostileRun.Message(diagnostic), System.StringComparison.Ordinal);
        }
        else
        {
            HostileRun.AssertGeneratedAndCompiles(run);
        }
        Assert.Empty(run.OutputCompilation.GetSymbolsWithName("Injected", SymbolFilter.Member));
    }

    [Fact]
    public void A_description_with_a_line_separator_stays_in_its_comment()
    {
        var schema = HostileRun.Mini("\"name\": { \"type\": \"string\", \"description\": \"x\\u2028public static int Injected() { return 42; }\" }");

        var run = HostileRun.Survive(schema);

        HostileRun.AssertGeneratedAndCompiles(run);
        Assert.Empty(run.OutputCompilation.GetSymbolsWithName("Injected", SymbolFilter.Member));
        var record = run.Sources.Single(s => s.HintName == "Acme.Mini.MiniEvent.g.cs").Text;
        Assert.DoesNotContain('\u2028', record);
        Assert.Contains("/// <summary>x public static int Injected() { return 42; }</summary>", record, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_text_in_a_validation_message_reads_back_as_written()
    {
        const string Name = "we\u2028ird \"{name}\"\\";
        var schema = HostileRun.Mini("\"we\\u2028ird \\\"{name}\\\"\\\\\": { \"type\": \"string\", \"x-mmp-name\": \"Weird\", \"minLength\": 3 }");
        var run = HostileRun.Survive(schema);
        HostileRun.AssertGeneratedAndCompiles(run);

        using var assembly = LoadedAssembly.Emit(run.OutputCompilation);
        var type = assembly.GetType("Acme.Mini.MiniEvent");
        var message = (IMmpEvent)System.Activator.CreateInstance(type)!;
        type.GetProperty("Weird")!.SetValue(message, "ab");

        var error = Assert.Single(message.Validate().Errors);
        Assert.Equal($"'{Name}' must be at least 3 characters long; it is \"ab\".", error.Message);
    }
}
