using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

using MmpTyped.Testing;

namespace MmpTyped.Cli.Tests;

/// <summary><c>mmptyped roundtrip</c>: parse, then write the message back as compact JSON.</summary>
public sealed class RoundtripCommandTests
{
    public static TheoryData<string> ParsedExamples() => DocumentedExamples.Names(e => e.Parses);

    [Theory]
    [MemberData(nameof(ParsedExamples))]
    public async Task Example_file_comes_back_as_the_same_JSON(string example)
    {
        var file = DocumentedExamples.Named(example);

        var result = await CliProcess.RunAsync(["roundtrip", "--schema", file.SchemaId, file.FullPath]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Stderr);
        JsonAssert.SameMessage(file.SchemaId, Encoding.UTF8.GetString(file.Bytes), result.Stdout);
    }

    [Theory]
    [InlineData("airbridge.app/request-payload.json")]
    [InlineData("appsflyer.s2s/spec-ios-field-examples.json")]
    public async Task Standard_input_comes_back_as_the_same_JSON(string example)
    {
        var file = DocumentedExamples.Named(example);

        var result = await CliProcess.RunAsync(["roundtrip", "--schema", file.SchemaId, "-"], file.Bytes);

        Assert.True(result.ExitCode == 0, result.ToString());
        JsonAssert.SameMessage(file.SchemaId, Encoding.UTF8.GetString(file.Bytes), result.Stdout);
    }

    [Fact]
    public async Task Output_is_one_line_of_compact_JSON()
    {
        var file = DocumentedExamples.Named("airbridge.app/request-payload.json");

        var result = await CliProcess.RunAsync(["roundtrip", "--schema", file.SchemaId, file.FullPath]);

        var line = Assert.Single(result.StdoutLines);
        Assert.Equal(0, WhitespaceBetweenTokens(Encoding.UTF8.GetBytes(line)));
    }

    /// <summary>How many bytes of insignificant whitespace the JSON holds (0 when compact).</summary>
    private static int WhitespaceBetweenTokens(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        var whitespace = 0;
        long end = 0;
        while (reader.Read())
        {
            whitespace += json[(int)end..(int)reader.TokenStartIndex].Count(b => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r');
            end = reader.BytesConsumed;
        }
        return whitespace;
    }
}
