using System;
using System.Linq;
using MmpTyped.Generators.Tests.Infrastructure;

namespace MmpTyped.Generators.Tests.Hostile;

/// <summary>
/// Schemas a user may write by mistake or on purpose, each run through the real generator and the C#
/// compiler: the compiler survives every one (no stack overflow, no CS8785), and each is either refused
/// with an MMP1xx at the line to fix or generates code that compiles.
/// </summary>
public sealed class HostileSchemaTests
{
    public static TheoryData<string, string, string, string, string> Refused() => new()
    {
        // family, the schema's properties (or a root keyword's value), the MMP id, the marker of the line, a word of the message
        { "minimum beyond double", "\"n\": { \"type\": \"number\", \"minimum\": 1e400 }", "MMP102", "1e400", "finite double" },
        { "integer maximum beyond long", "\"n\": { \"type\": \"integer\", \"maximum\": 1e30 }", "MMP102", "1e30", "whole number" },
        { "integer maximum 1e20", "\"n\": { \"type\": \"integer\", \"maximum\": 100000000000000000000 }", "MMP102", "100000000000000000000", "whole number" },
        { "fractional integer bound", "\"n\": { \"type\": \"integer\", \"minimum\": 1.5 }", "MMP102", "1.5", "whole number" },
        { "money beyond decimal", "\"n\": { \"type\": \"number\", \"x-mmp-money\": true, \"maximum\": 1e30 }", "MMP102", "1e30", "decimal" },
        { "minLength 1e10", "\"s\": { \"type\": \"string\", \"minLength\": 1e10 }", "MMP102", "1e10", "whole number" },
        { "minLength beyond int", "\"s\": { \"type\": \"string\", \"minLength\": 10000000000 }", "MMP102", "10000000000", "whole number" },
        { "negative maxLength", "\"s\": { \"type\": \"string\", \"maxLength\": -1 }", "MMP102", "-1", "whole number" },
        { "huge max age", "\"t\": { \"type\": \"integer\", \"x-mmp-timestamp\": \"unix-ms\", \"x-mmp-max-age-hours\": 1000000000000 }", "MMP102", "x-mmp-max-age-hours", "whole number" },
        { "array of arrays", "\"m\": { \"type\": \"array\", \"items\": { \"type\": \"array\", \"items\": { \"type\": \"string\" } } }", "MMP102", "\"items\": { \"type\": \"array\"", "array of arrays" },
        { "invalid pattern", "\"s\": { \"type\": \"string\", \"pattern\": \"([a-z\" }", "MMP102", "\"pattern\"", "not a regular expression" },
        { "invalid key pattern", "\"o\": { \"type\": \"object\", \"patternProperties\": { \"(\": { \"type\": \"string\" } } }", "MMP102", "\"(\"", "not a regular expression" },
        { "property named \"\"", "\"\": { \"type\": \"string\", \"x-mmp-name\": \"Empty\" }", "MMP102", "\"\": {", "empty name" },
        { "x-mmp-name beside its lower-case twin", "\"abc\": { \"type\": \"string\" },\n    \"other\": { \"type\": \"string\", \"x-mmp-name\": \"abc\" }", "MMP102", "\"other\"", "first letter" },
        { "enum x-mmp-type not an identifier", "\"k\": { \"type\": \"string\", \"enum\": [\"a\"], \"x-mmp-type\": \"Bad Name\" }", "MMP102", "\"k\"", "Bad Name" },
        { "union x-mmp-type with a space", "\"u\": { \"x-mmp-type\": \"A B\", \"anyOf\": [ { \"type\": \"string\" }, { \"type\": \"integer\" } ] }", "MMP102", "\"u\"", "A B" },
        { "object x-mmp-type a keyword", "\"o\": { \"type\": \"object\", \"x-mmp-type\": \"class\", \"properties\": { \"a\": { \"type\": \"string\" } } }", "MMP102", "\"o\"", "class" },
        { "object x-mmp-type lower-case", "\"o\": { \"type\": \"object\", \"x-mmp-type\": \"record\", \"properties\": { \"a\": { \"type\": \"string\" } } }", "MMP102", "\"o\"", "record" },
        { "lone surrogate in a member name", "\"a\\ud800\": { \"type\": \"string\", \"x-mmp-name\": \"A\" }", "MMP101", "ud800", "lone surrogate" },
        { "lone surrogate in an enum value", "\"k\": { \"type\": \"string\", \"enum\": [\"ok\", \"\\udc00x\"] }", "MMP101", "udc00", "lone surrogate" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_hostile_member_is_refused_at_its_line(string family, string properties, string id, string marker, string word)
    {
        _ = family;
        var schema = HostileRun.Mini(properties);

        var run = HostileRun.Survive(schema);

        var diagnostic = HostileRun.AssertRefused(run, schema, id, marker);
        Assert.Contains(word, HostileRun.Message(diagnostic), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"global::Acme\"")]
    [InlineData("\"Acme Shop\"")]
    [InlineData("\"Acme/Shop\"")]
    [InlineData("\"Acme.class\"")]
    [InlineData("\"\"")]
    [InlineData("\"Acme..Shop\"")]
    [InlineData("\"MmpTyped.Generated\"")]
    public void An_unusable_namespace_is_MMP102_at_x_mmp_namespace(string ns)
    {
        var schema = HostileRun.MiniWith("x-mmp-namespace", ns);

        var run = HostileRun.Survive(schema);

        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal("MMP102", diagnostic.Id);
        Assert.Equal(MiniSchema.LineOf(schema.Text, "\"x-mmp-namespace\""), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(run.Sources);
    }

    [Theory]
    [InlineData("\"Mini Event\"")]
    [InlineData("\"var\"")]
    [InlineData("\"miniEvent\\n\"")]
    public void An_unusable_root_type_is_MMP102_at_x_mmp_type(string type)
    {
        var schema = HostileRun.MiniWith("x-mmp-type", type);

        var run = HostileRun.Survive(schema);

        HostileRun.AssertRefused(run, schema, "MMP102", "\"x-mmp-type\"");
    }

    [Theory]
    [InlineData("https://acme.example/{class}/events")]
    [InlineData("https://acme.example/{1st}/events")]
    [InlineData("https://acme.example/{url}/events")]
    [InlineData("https://acme.example/{app_id}/{appId}")]
    public void A_url_parameter_that_cannot_be_a_csharp_parameter_is_MMP102(string url)
    {
        var schema = HostileRun.Mini("\"name\": { \"type\": \"string\" }", $",\n  \"x-mmp-endpoint\": {{ \"method\": \"POST\", \"url\": \"{url}\" }}");

        var run = HostileRun.Survive(schema);

        HostileRun.AssertRefused(run, schema, "MMP102", "\"x-mmp-endpoint\"");
    }

    [Fact]
    public void Beyond_the_documented_limits_is_MMP105()
    {
        var properties = string.Join(",\n", Enumerable.Range(0, 20_000).Select(i => $"\"p{i}\": {{ \"type\": \"string\" }}"));
        var wide = HostileRun.Mini(properties);
        var run = HostileRun.Survive(wide);
        Assert.Contains("at most 500 per object", HostileRun.Message(HostileRun.AssertRefused(run, wide, "MMP105", "\"properties\"")), StringComparison.Ordinal);

        var values = string.Join(", ", Enumerable.Range(0, 10_000).Select(i => $"\"v{i}\""));
        var enumSchema = HostileRun.Mini($"\"k\": {{ \"type\": \"string\",\n \"enum\": [{values}] }}");
        run = HostileRun.Survive(enumSchema);
        Assert.Contains("at most 1000", HostileRun.Message(HostileRun.AssertRefused(run, enumSchema, "MMP105", "\"enum\"")), StringComparison.Ordinal);

        var huge = HostileRun.Mini($"\"s\": {{ \"type\": \"string\", \"description\": \"{new string('d', 1_100_000)}\" }}");
        run = HostileRun.Survive(huge);
        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal("MMP105", diagnostic.Id);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void At_the_limits_the_schema_generates_and_compiles()
    {
        var properties = string.Join(",\n", Enumerable.Range(0, 499).Select(i => $"\"p{i}\": {{ \"type\": \"string\" }}"));
        var values = string.Join(", ", Enumerable.Range(0, 1000).Select(i => $"\"v{i}\""));

        var run = HostileRun.Survive(HostileRun.Mini(properties + $",\n\"k\": {{ \"type\": \"string\", \"enum\": [{values}] }}"));

        HostileRun.AssertGeneratedAndCompiles(run);
    }

    [Fact]
    public void Two_files_with_one_id_are_MMP106_and_the_first_still_compiles()
    {
        var first = InMemoryAdditionalText.Schema("acme.mini", MiniSchema.Text("acme.mini", "MiniEvent", "\"a\": { \"type\": \"string\" }"));
        var second = new InMemoryAdditionalText("/project/vendored/acme.mini.schema.json", MiniSchema.Text("acme.mini", "OtherEvent", "\"b\": { \"type\": \"string\" }"));

        var run = HostileRun.Survive(first, second);

        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal("MMP106", diagnostic.Id);
        Assert.Equal(second.Path, diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("Acme.Mini.MiniEvent.g.cs", run.HintNames);
        Assert.DoesNotContain("Acme.Mini.OtherEvent.g.cs", run.HintNames);
        run.AssertCompiles();
    }

    [Fact]
    public void A_type_named_like_an_enum_helper_is_MMP103_and_not_generated()
    {
        var schema = HostileRun.Mini("""
            "kind": { "type": "string", "enum": ["a", "b"], "x-mmp-type": "Kind" },
                "helper": { "type": "object", "x-mmp-type": "KindJson", "properties": { "a": { "type": "string" } } }
            """);

        var run = HostileRun.Survive(schema);

        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal("MMP103", diagnostic.Id);
        Assert.Contains("'Acme.Mini.KindJson'", HostileRun.Message(diagnostic), StringComparison.Ordinal);
        Assert.DoesNotContain("Acme.Mini.KindJson.g.cs", run.HintNames);
    }

    public static TheoryData<string, string, string> Cycles() => new()
    {
        {
            "self through a property and array items",
            """{ "Node": { "type": "object", "x-mmp-type": "TreeNode", "properties": { "name": { "type": "string" }, "parent": { "$ref": "#/definitions/Node" }, "children": { "type": "array", "items": { "$ref": "#/definitions/Node" } } } } }""",
            """{"root":{"name":"a","parent":{"name":"p"},"children":[{"name":"b","children":[{"name":"c"}]}]}}"""
        },
        {
            "two types referring to each other",
            """{ "Node": { "type": "object", "x-mmp-type": "TreeNode", "properties": { "name": { "type": "string" }, "link": { "$ref": "#/definitions/Link" } } }, "Link": { "type": "object", "x-mmp-type": "TreeLink", "properties": { "to": { "$ref": "#/definitions/Node" } } } }""",
            """{"root":{"name":"a","link":{"to":{"name":"b","link":{}}}}}"""
        },
        {
            "through a union branch",
            """{ "Node": { "type": "object", "x-mmp-type": "TreeNode", "properties": { "name": { "type": "string" }, "next": { "x-mmp-type": "TreeNext", "anyOf": [ { "type": "string" }, { "type": "object", "$ref": "#/definitions/Node" } ] } } } }""",
            """{"root":{"name":"a","next":{"name":"b","next":"end"}}}"""
        },
    };

    [Theory]
    [MemberData(nameof(Cycles))]
    public void A_recursive_schema_compiles_and_round_trips(string family, string definitions, string json)
    {
        _ = family;
        var schema = HostileRun.Mini("\"root\": { \"$ref\": \"#/definitions/Node\" }", $",\n  \"definitions\": {definitions}");

        var run = HostileRun.Survive(schema);

        HostileRun.AssertGeneratedAndCompiles(run);
        using var assembly = LoadedAssembly.Emit(run.OutputCompilation);
        var message = HostileRun.Parse(assembly.GetType("Acme.Mini.MiniEvent"), json);
        Assert.Equal(json, MmpJson.Serialize(message));
        Assert.True(message.Validate().IsValid);
    }

    [Fact]
    public void A_catastrophic_pattern_answers_instead_of_hanging_Validate()
    {
        var schema = HostileRun.Mini("\"s\": { \"type\": \"string\", \"pattern\": \"^(a+)+$\" }");
        var run = HostileRun.Survive(schema);
        HostileRun.AssertGeneratedAndCompiles(run);
        using var assembly = LoadedAssembly.Emit(run.OutputCompilation);

        // Without a match time limit this value takes the backtracking engine hours (2^40 paths).
        var message = HostileRun.Parse(assembly.GetType("Acme.Mini.MiniEvent"), "{\"s\":\"" + new string('a', 40) + "!\"}");

        var error = Assert.Single(message.Validate().Errors);
        Assert.Equal("MMP004", error.Code);
    }

    [Fact]
    public void Non_ascii_names_and_enum_values_are_written_as_utf8()
    {
        var schema = HostileRun.Mini("\"café\": { \"type\": \"string\", \"x-mmp-name\": \"Cafe\" },\n    \"größe\": { \"type\": \"string\", \"enum\": [\"klein\", \"groß\"], \"x-mmp-name\": \"Size\" }");
        var run = HostileRun.Survive(schema);
        HostileRun.AssertGeneratedAndCompiles(run);
        using var assembly = LoadedAssembly.Emit(run.OutputCompilation);

        const string Json = "{\"café\":\"crème\",\"größe\":\"groß\"}";
        var message = HostileRun.Parse(assembly.GetType("Acme.Mini.MiniEvent"), Json);

        Assert.Equal(Json, MmpJson.Serialize(message));
    }
}
