using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using MmpTyped.Affise;
using MmpTyped.Airbridge;
using MmpTyped.AppsFlyer;
using MmpTyped.Runtime;
using MmpTyped.Tests.Adversarial;
using MmpTyped.Tests.Push;
using MmpTyped.Testing;

namespace MmpTyped.Tests.Parsing;

/// <summary>
/// <c>Parse</c> reads the shape vendors send straight from the bytes (<c>TryScan</c>, <see cref="MmpScanner"/>)
/// and gives anything else to the reader (<c>ReadFrom</c>). These tests run both paths on their own over every
/// corpus the repository has (the vendor examples, the hostile inputs, the Push API mutants) and over edits
/// aimed at what the scanner must refuse (whitespace the reader does not take, comments, leading zeros, a
/// number's grammar, control characters, invalid UTF-8, trailing bytes, every truncation): wherever the scanner
/// reads a message, the reader reads the same record, byte for byte when written back; wherever the reader
/// fails, the scanner declines, so <c>Parse</c> reports the reader's error, path and offset.
/// </summary>
public sealed class ScannerEquivalenceTests
{
    private const int HostileInputsPerSubject = 600;
    private const int PushMutants = 1500;

    public static TheoryData<string> RecordNames() => new(Paths.All.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(RecordNames))]
    public void Every_example_reads_the_same_through_the_scanner_and_the_reader(string name)
    {
        var paths = Paths.Named(name);
        var examples = DocumentedExamples.All.Where(e => e.SchemaId == paths.SchemaId).ToList();
        Assert.NotEmpty(examples);
        foreach (var example in examples)
            paths.AssertSame(example.Bytes, example.ToString());
    }

    [Theory]
    [MemberData(nameof(RecordNames))]
    public void Edits_aimed_at_the_scanner_read_the_same_through_both(string name)
    {
        var paths = Paths.Named(name);
        var scanned = 0;
        foreach (var example in DocumentedExamples.All.Where(e => e.SchemaId == paths.SchemaId && e.Outcome != ExampleOutcome.NotJson))
        {
            foreach (var (what, json) in ScannerEdits.Of(example.Bytes))
            {
                if (paths.AssertSame(json, $"{example} {what}"))
                    scanned++;
            }
        }
        // Not vacuous: some edits keep the shape the scanner reads (compact, re-indented).
        Assert.True(scanned > 0, "the scanner read none of the edited examples");
    }

    [Theory]
    [MemberData(nameof(RecordNames))]
    public void Hostile_inputs_read_the_same_through_the_scanner_and_the_reader(string name)
    {
        var paths = Paths.Named(name);
        var inputs = new HostileInputs(paths.SchemaId);
        for (var i = 0; i < HostileInputsPerSubject; i++)
        {
            var input = inputs.Next(i);
            paths.AssertSame(input.Bytes, input.Describe());
        }
    }

    [Fact]
    public void Push_mutants_read_the_same_through_the_scanner_and_the_reader()
    {
        var mutator = new PushMutator(PushMutator.LoadSeeds());
        var v1 = Paths.Named(nameof(AppsFlyerPushV1Message));
        var v2 = Paths.Named(nameof(AppsFlyerPushV2Message));
        var scanned = 0;
        for (var i = 0; i < PushMutants; i++)
        {
            var mutant = mutator.Next(i);
            if (v1.AssertSame(mutant.Bytes, mutant.Describe()) | v2.AssertSame(mutant.Bytes, mutant.Describe()))
                scanned++;
        }
        Assert.True(scanned > 0, "the scanner read none of the mutants");
    }

    /// <summary>
    /// The fast path itself: the examples the benchmarks parse are read by the scanner, as sent and compact.
    /// A change that sends them to the reader (a member kind the scanner stops reading, a check that refuses
    /// valid input) fails here, not only in a benchmark.
    /// </summary>
    [Theory]
    [InlineData("appsflyer.s2s/spec-android-field-examples.json")]
    [InlineData("airbridge.app/request-payload.json")]
    [InlineData("airbridge.web/request-payload.json")]
    [InlineData("affise.s2s/max-event.json")]
    [InlineData("appsflyer.push.v2/appsflyer-push-v2-example.json")]
    public void The_benchmarked_examples_take_the_scanner(string name)
    {
        var example = DocumentedExamples.Named(name);
        var paths = Paths.All.Single(p => p.SchemaId == example.SchemaId && p.Name != nameof(AppsFlyerPushV1Message));

        Assert.True(paths.AssertSame(example.Bytes, name), $"{name}: the scanner declined it");
        Assert.True(paths.AssertSame(ScannerEdits.Compact(example.Bytes), name + " compact"), $"{name} compact: the scanner declined it");
    }

    /// <summary>
    /// Members the schema does not know are kept by the scanner as the reader keeps them (not sent to the
    /// reader): every example with unknown members added at the top and in each nested object takes the
    /// scanner and reads the same, and so does every edit of the Affise and Airbridge ones.
    /// </summary>
    [Theory]
    [MemberData(nameof(RecordNames))]
    public void Unknown_members_read_the_same_through_both(string name)
    {
        var paths = Paths.Named(name);
        var scanned = 0;
        foreach (var example in DocumentedExamples.All.Where(e => e.SchemaId == paths.SchemaId && e.Outcome != ExampleOutcome.NotJson))
        {
            var compact = Encoding.UTF8.GetString(ScannerEdits.Compact(example.Bytes));
            if (!compact.StartsWith('{'))
                continue;
            var json = Encoding.UTF8.GetBytes("{\"zz_unknown\":{\"a\":[1,\"b\",null,{}]},\"zz_count\":12,\"zz_text\":\"é\"," + compact[1..].Replace("\":{\"", "\":{\"zz_inner\":[true],\"", StringComparison.Ordinal));
            if (paths.AssertSame(json, $"{example} with unknown members"))
                scanned++;
            if (paths.AssertSame(example.Bytes, example.ToString()))
                Assert.True(paths.AssertSame(json, $"{example} with unknown members"), $"{example}: the scanner read it but not with unknown members");
        }
        Assert.True(scanned > 0, "the scanner read none of the examples with unknown members");
    }

    [Theory]
    [InlineData("affise.s2s/max-event.json")]
    [InlineData("airbridge.app/request-payload.json")]
    public void Edits_of_unknown_members_read_the_same_through_both(string name)
    {
        var example = DocumentedExamples.Named(name);
        var paths = Paths.All.Single(p => p.SchemaId == example.SchemaId);
        var json = Encoding.UTF8.GetBytes("{\"zz_unknown\": {\"a\": [1, 2.50, \"b\"]},\n \"zz_flag\": false, " + Encoding.UTF8.GetString(example.Bytes).TrimStart()[1..]);
        Assert.True(paths.AssertSame(json, name + " with unknown members"), "the scanner declined unknown members");
        foreach (var (what, edited) in ScannerEdits.Of(json))
            paths.AssertSame(edited, name + " with unknown members, " + what);
    }

    /// <summary>
    /// An open object's nested objects and arrays (kept as their text) are read by the scanner too, as the
    /// reader keeps them: the message with them takes the scanner, and every edit of it (each number, string
    /// and literal spoilt, arrays nested past the reader's depth, invalid UTF-8, every truncation) reads the
    /// same through both paths.
    /// </summary>
    [Fact]
    public void Nested_values_of_an_open_object_read_the_same_through_both()
    {
        var paths = Paths.Named(nameof(AffiseEvent));
        var example = Encoding.UTF8.GetString(DocumentedExamples.Named("affise.s2s/max-event.json").Bytes);
        var nested = """
            "affise_event_data": {"cart": {"items": [1, 2.50, -0, 1e400, "x", true, false, null, {}, [], [[ ]]], "note": "é"},
              "tags" : [ "a" ,"b",
            	{"deep": {"deeper": [{"deepest": null}]}} ], "empty": {}, "n": 1},
            "affise_event_name": "Purchase",
            """;
        var json = Encoding.UTF8.GetBytes(example
            .Replace("\"affise_event_name\": \"Purchase\",", nested, StringComparison.Ordinal)
            .Replace("[{\"key\": \"name\"}, {\"value\": \"value\"}]", "[{\"key\": {\"name\": [1, {\"a\": \"b\"}]}}, {\"value\": [\"value\"]}]", StringComparison.Ordinal));
        Assert.Contains("deepest", Encoding.UTF8.GetString(json), StringComparison.Ordinal);
        Assert.Contains("[\"value\"]", Encoding.UTF8.GetString(json), StringComparison.Ordinal);

        Assert.True(paths.AssertSame(json, "nested values"), "the scanner declined nested values");
        Assert.True(paths.AssertSame(ScannerEdits.Compact(json), "nested values, compact"), "the scanner declined compact nested values");
        var scanned = 0;
        foreach (var (what, edited) in ScannerEdits.Of(json))
        {
            if (paths.AssertSame(edited, "nested values " + what))
                scanned++;
        }
        Assert.True(scanned > 1, "the scanner read none of the edits");
        // An escape inside a nested value is left to the reader, which reads the same.
        Assert.False(paths.AssertSame(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(json).Replace("\"deeper\"", "\"deep\\u0065r\"", StringComparison.Ordinal)), "an escaped nested name"));
    }

    /// <summary>
    /// JSON inside a string (AppsFlyer <c>eventValue</c>) is decoded and checked by the scanner when it has the
    /// usual shape, and left to the reader's decoder and checker otherwise: every form of it below reads the
    /// same through both paths, and the usual ones take the scanner.
    /// </summary>
    [Fact]
    public void Json_inside_a_string_reads_the_same_through_both()
    {
        var paths = Paths.Named(nameof(AppsFlyerEvent));
        var example = Encoding.UTF8.GetString(ScannerEdits.Compact(DocumentedExamples.Named("appsflyer.s2s/spec-android-field-examples.json").Bytes));
        var start = example.IndexOf("\"eventValue\":\"", StringComparison.Ordinal) + "\"eventValue\":".Length;
        var end = example.IndexOf("\",\"app_version_name\"", StringComparison.Ordinal) + 1;
        Assert.True(start > 20 && end > start);
        string[] scanned =
        [
            """ "{\"a\":\"b\"}" """,
            """ "{}" """,
            """ " { } " """,
            """ "{\"a\": [1, 2.5, true, null, {\"b\": {}}], \"c\" :\n\t\"d\"}" """,
            """ "{\"a\":\"b\\/c\"}" """,
            """ "{\"a\":\"b\/c\"}" """,
            """ "{\r\n\"a\":\"b\"\r\n}" """,
            """ "{\"a\":\"é\"}" """,
            """ "" """,
        ];
        string[] others =
        [
            """ "{\"a\":\"\\\"q\\\"\"}" """,
            """ "{\"a\":\"\\u0041\"}" """,
            """ "{\"\\u0061\":1}" """,
            """ "{\"a\":1,}" """,
            """ "{\"a\":\"b\"}\b\f" """,
            """ "{\"a\":1,,}" """,
            """ "{\"a\":\"\\ud800\"}" """,
            """ "{\"a\":\"\\ud83d\\ude00\"}" """,
            """ "\u007B\"a\":1}" """,
            """ "\u007b}" """,
            """ "{\"a\":\"\\x\"}" """,
            """ "{\"a\":\"b\\\"}" """,
            """ "{\"a\":01}" """,
            """ "{\"a\":1} x" """,
            """ "{\"a\":1}{}" """,
            """ "[]" """,
            """ "1" """,
            """ " " """,
            """ "\t" """,
            """ "{" """,
            """ "{\"a\":\x" """,
            """ "{\"a\":\"\t\"}" """,
            """ "{/*c*/}" """,
            """ "\\u0000" """,
            """ "{\"a\":\"\u0001\"}" """,
            """ {"a":1} """,
            """ null """,
            """ 1 """,
            "\"{\\\"a\\\":\\\"\u00FF\\\"}\"".Replace("\u00FF", "\uFFFD", StringComparison.Ordinal),
            "\"" + new string('[', 70) + new string(']', 70) + "\"",
            "\"{\\\"a\\\":" + new string('[', 62) + new string(']', 62) + "}\"",
            "\"{\\\"a\\\":" + new string('[', 64) + new string(']', 64) + "}\"",
        ];
        foreach (var form in scanned.Concat(others))
        {
            var json = Encoding.UTF8.GetBytes(string.Concat(example.AsSpan(0, start), form.Trim(), example.AsSpan(end)));
            var read = paths.AssertSame(json, "eventValue " + form);
            if (scanned.Contains(form))
                Assert.True(read, $"the scanner declined eventValue {form}");
        }
        // Bytes that are not UTF-8 inside the string.
        var invalid = Encoding.UTF8.GetBytes(string.Concat(example.AsSpan(0, start), "\"{\\\"a\\\":\\\"#\\\"}\"", example.AsSpan(end)));
        var at = Array.IndexOf(invalid, (byte)'#');
        foreach (var bad in new byte[][] { [0xC3], [0xED, 0xA0, 0x80], [0xFF] })
            paths.AssertSame([.. invalid.AsSpan(0, at), .. bad, .. invalid.AsSpan(at + 1)], "eventValue with invalid UTF-8");
    }

    /// <summary>
    /// The scanner reads a plain number (at most 15 digits, no exponent) from its digits and decides from its
    /// text whether it writes back as it came: both must agree with the parser and the formatter the reader
    /// path uses, for every type, on numbers around every edge (digit counts, leading and trailing zeros, the
    /// point where a double is written with an exponent, negative zero, the types' ranges).
    /// </summary>
    [Fact]
    public void Numbers_read_from_their_digits_agree_with_the_parser_and_the_formatter()
    {
        var tokens = NumberTokens().ToList();
        Assert.True(tokens.Count > 10_000);
        foreach (var token in tokens)
        {
            var bytes = Encoding.ASCII.GetBytes(token);
            AssertNumber<int>(bytes, token);
            AssertNumber<long>(bytes, token);
            AssertNumber<decimal>(bytes, token);
            AssertNumber<double>(bytes, token);
        }
    }

    /// <summary>
    /// The scanner reads a UUID in the form it is written (lower-case digits) pair by pair: it must read the
    /// same UUID as the parser the reader path uses, and refuse every other form exactly where that path's
    /// rule (parsed, no upper-case digit) does.
    /// </summary>
    [Fact]
    public void Uuids_read_pair_by_pair_agree_with_the_parser()
    {
        var random = new Random(20261206);
        var texts = new List<string> { "9b4b3e4e-2162-4ae6-8986-91ee84644262", "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "542177F1-5C23-438B-8088-82D34C94F6D7" };
        for (var i = 0; i < 2000; i++)
        {
            var text = new Guid(random.NextInt64().ToString("x16", System.Globalization.CultureInfo.InvariantCulture) + random.NextInt64().ToString("x16", System.Globalization.CultureInfo.InvariantCulture)).ToString().ToCharArray();
            if (i % 2 == 1)
                text[random.Next(text.Length)] = "0123456789abcdefABCDEF-g{}+ x"[random.Next(29)];
            texts.Add(new string(text));
        }
        texts.Add("9b4b3e4e21624ae6898691ee84644262");
        texts.Add("{9b4b3e4e-2162-4ae6-8986-91ee84644262}");
        texts.Add("9b4b3e4e-2162-4ae6-8986-91ee8464426");
        foreach (var text in texts)
        {
            var json = Encoding.UTF8.GetBytes("\"" + text + "\"");
            var scanner = new MmpScanner(json);
            var scanned = scanner.Guid(out var value);
            var utf8 = Encoding.UTF8.GetBytes(text);
            var expected = utf8.Length == 36 && System.Buffers.Text.Utf8Parser.TryParse(utf8, out Guid parsed, out var consumed, 'D') && consumed == 36 && !text.Any(c => c is >= 'A' and <= 'F');
            Assert.True(scanned == expected, $"{text}: the scanner {(scanned ? "read" : "declined")} it");
            if (scanned)
                Assert.Equal(System.Guid.ParseExact(text, "D"), value);
        }
    }

    private static void AssertNumber<T>(byte[] token, string text) where T : struct, System.Numerics.INumberBase<T>
    {
        var scanner = new MmpScanner(token);
        var scanned = scanner.Number<T>(out var value);
        // What the reader path does: the parser, then the formatter to see whether the value writes back as it came.
        var style = typeof(T) == typeof(double) || typeof(T) == typeof(decimal) ? System.Globalization.NumberStyles.Float : System.Globalization.NumberStyles.AllowLeadingSign;
        var parsed = T.TryParse(token, style, System.Globalization.CultureInfo.InvariantCulture, out var expected) && T.IsFinite(expected);
        var written = new byte[64];
        var writesBack = parsed && expected.TryFormat(written, out var length, default, System.Globalization.CultureInfo.InvariantCulture) && written.AsSpan(0, length).SequenceEqual(token);
        Assert.True(scanned == writesBack, $"{typeof(T).Name} {text}: the scanner {(scanned ? "read" : "declined")} it; parsed {parsed}, writes back {writesBack}");
        if (!scanned)
            return;
        if (value is double real)
            Assert.Equal(BitConverter.DoubleToInt64Bits((double)(object)expected), BitConverter.DoubleToInt64Bits(real));
        else
            Assert.Equal(expected.ToString(null, System.Globalization.CultureInfo.InvariantCulture), value.ToString(null, System.Globalization.CultureInfo.InvariantCulture));
        if (value is decimal money)
            Assert.Equal(decimal.GetBits((decimal)(object)expected), decimal.GetBits(money));
    }

    private static IEnumerable<string> NumberTokens()
    {
        string[] edges =
        [
            "0", "-0", "0.0", "-0.0", "0.00", "1", "-1", "10", "100", "1.5", "1.50", "-1.5", "0.5", "0.05", "0.3", "0.1", "0.2", "123.456",
            "0.001", "0.0001", "0.00012", "0.000123456789012", "0.00001", "0.0000123", "0.00010", "-0.0001", "-0.00001",
            "99999999999999", "100000000000000", "999999999999999", "1000000000000000", "9999999999999999", "123456789012345",
            "1234567890123456", "12345678901234567", "123456789012345.5", "12345678901234.5", "1234567890.12345", "0.123456789012345",
            "0.1234567890123456", "9007199254740993", "9007199254740992", "4503599627370497.5",
            "2147483647", "-2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807", "-9223372036854775808",
            "9223372036854775808", "999999999999999999", "1000000000000000000", "79228162514264337593543950335", "79228162514264337593543950336",
            "0.0000000000000000000000000001", "0.00000000000000000000000000001", "1.0000000000000000000000000001",
            "1e2", "1E2", "1e-2", "1e+2", "1.5e3", "1e400", "-1e400", "1e-400", "4.9e-324", "1.7976931348623157e308", "1e15", "1e14",
            "159990", "10990", "1688046085325", "123", "0.75", "3.14159", "2.718281828459045", "0.30000000000000004",
        ];
        foreach (var edge in edges)
            yield return edge;
        var random = new Random(20261206);
        for (var i = 0; i < 20_000; i++)
        {
            var text = new StringBuilder();
            if (random.Next(4) == 0)
                text.Append('-');
            var whole = random.Next(5) == 0 ? 0 : random.Next(1, 18);
            if (whole == 0)
                text.Append('0');
            else
            {
                text.Append((char)('1' + random.Next(9)));
                for (var d = 1; d < whole; d++)
                    text.Append(random.Next(3) == 0 ? '0' : (char)('0' + random.Next(10)));
            }
            if (random.Next(3) != 0)
            {
                text.Append('.');
                var zeros = random.Next(4) == 0 ? random.Next(0, 8) : 0;
                text.Append('0', zeros);
                var fraction = random.Next(0, 17);
                for (var d = 0; d < fraction; d++)
                    text.Append((char)('0' + random.Next(10)));
                if (zeros + fraction == 0 || random.Next(6) == 0)
                    text.Append(random.Next(2) == 0 ? '0' : (char)('1' + random.Next(9)));
            }
            if (random.Next(12) == 0)
                text.Append(random.Next(2) == 0 ? 'e' : 'E').Append(random.Next(3) switch { 0 => "", 1 => "+", _ => "-" }).Append(random.Next(0, 400));
            yield return text.ToString();
        }
    }

    /// <summary>One record's two parsing paths, each on its own, and the combined <c>Parse</c>.</summary>
    private sealed record Paths(string Name, string SchemaId, Func<byte[], (bool Scanned, IMmpEvent? Record)> Scan, Func<byte[], IMmpEvent> Read, Func<byte[], IMmpEvent> Parse)
    {
        public static readonly Paths[] All =
        [
            For<AppsFlyerEvent>("appsflyer.s2s"),
            For<AirbridgeAppEvent>("airbridge.app"),
            For<AirbridgeWebEvent>("airbridge.web"),
            For<AffiseEvent>("affise.s2s"),
            For<AppsFlyerPushV1Message>("appsflyer.push.v1"),
            For<AppsFlyerPushV2Message>("appsflyer.push.v2"),
        ];

        public static Paths Named(string name) => All.Single(p => p.Name == name);

        private static Paths For<T>(string schemaId) where T : class, IMmpEvent<T>
        {
            var scan = typeof(T).GetMethod("TryScan")!.CreateDelegate<MmpScanFunc<T>>();
            var read = typeof(T).GetMethod("ReadFrom")!.CreateDelegate<MmpReadFunc<T>>();
            return new(typeof(T).Name, schemaId,
                json =>
                {
                    var scanner = new MmpScanner(json);
                    var ok = scan(ref scanner, out var record) && scanner.AtEnd();
                    return (ok, ok ? record : null);
                },
                json => MmpRead.Document(json, read),
                json => T.Parse(json));
        }

        /// <summary>Runs the three on <paramref name="json"/> and compares them; true when the scanner read it.</summary>
        public bool AssertSame(byte[] json, string what)
        {
            var (scanned, fromScanner) = Scan(json);
            var (fromReader, readerError) = Outcome(Read, json);
            var (fromParse, parseError) = Outcome(Parse, json);
            if (readerError is not null)
            {
                Assert.False(scanned, $"{Name}, {what}: the scanner read what the reader refuses ({readerError.Message})");
                Assert.NotNull(parseError);
                Assert.Equal(readerError.Message, parseError.Message);
                Assert.Equal(readerError.Path, parseError.Path);
                Assert.Equal(readerError.BytePosition, parseError.BytePosition);
                return false;
            }
            var expected = Written(fromReader!);
            Assert.True(parseError is null, $"{Name}, {what}: Parse failed where the reader did not: {parseError?.Message}");
            Assert.Equal(expected, Written(fromParse!));
            if (!scanned)
                return false;
            Assert.True(expected == Written(fromScanner!), $"{Name}, {what}: the scanner's record differs\nreader:  {expected}\nscanner: {Written(fromScanner!)}");
            Assert.Equal(Validated(fromReader!), Validated(fromScanner!));
            return true;
        }

        private static (IMmpEvent? Record, MmpParseException? Error) Outcome(Func<byte[], IMmpEvent> parse, byte[] json)
        {
            try
            {
                return (parse(json), null);
            }
            catch (MmpParseException error)
            {
                return (null, error);
            }
        }

        private static string Written(IMmpEvent record) => Encoding.UTF8.GetString(MmpJson.SerializeToUtf8Bytes(record));

        private static string Validated(IMmpEvent record) => string.Join("\n", record.Validate().Errors.Select(e => e.ToString()));
    }
}

/// <summary>Edits of a valid document aimed at what the scanner must read exactly as the reader does, or decline.</summary>
internal static class ScannerEdits
{
    /// <summary>The document without whitespace between tokens (strings kept as they are).</summary>
    public static byte[] Compact(byte[] json)
    {
        var output = new List<byte>(json.Length);
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var b = json[i];
            if (inString)
            {
                output.Add(b);
                if (b == '\\' && i + 1 < json.Length)
                    output.Add(json[++i]);
                else if (b == '"')
                    inString = false;
                continue;
            }
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
                continue;
            inString = b == '"';
            output.Add(b);
        }
        return [.. output];
    }

    public static IEnumerable<(string What, byte[] Json)> Of(byte[] example)
    {
        var compact = Compact(example);
        yield return ("compact", compact);
        yield return ("with CR LF and tabs", Replace(compact, ",", ",\r\n\t"));
        foreach (var (what, space) in new[] { ("form feed", "\f"), ("vertical tab", "\v"), ("no-break space", "\u00A0"), ("BOM", "\uFEFF"), ("line separator", "\u2028") })
        {
            yield return ($"{what} after the first brace", Insert(compact, 1, space));
            yield return ($"{what} before the document", Insert(compact, 0, space));
        }
        yield return ("a comment", Insert(compact, 1, "/* c */"));
        yield return ("a line comment", Insert(compact, 1, "// c\n"));
        yield return ("a trailing comma", Insert(compact, compact.Length - 1, ","));
        yield return ("a doubled comma", Replace(compact, ",", ",,", once: true));
        yield return ("a missing comma", Replace(compact, ",\"", "\"", once: true));
        yield return ("a missing colon", Replace(compact, "\":", "\"", once: true));
        yield return ("trailing bytes", [.. compact, .. "x"u8]);
        yield return ("a second document", [.. compact, .. compact]);
        yield return ("trailing whitespace", [.. compact, .. " \n\t\r"u8]);
        yield return ("a NUL after the document", [.. compact, 0]);

        // Every number, edited into what JSON forbids and what its type writes otherwise.
        foreach (var (start, length) in Tokens(compact, JsonTokenType.Number))
        {
            foreach (var replacement in new[] { "01", "-01", "1.", ".5", "-", "1e", "1e+", "+1", "1.5.2", "0x10", "1E2", "1e-2", "-0", "1.50", "1e400", "-1e-400", "79228162514264337593543950336", "2147483648", "9223372036854775808", "NaN", "1 2", "1/**/" })
                yield return ($"number at {start} as {replacement}", Splice(compact, start, length, replacement));
        }
        // Every string, with what the reader refuses or decodes.
        foreach (var (start, length) in Tokens(compact, JsonTokenType.String).Concat(Tokens(compact, JsonTokenType.PropertyName)))
        {
            foreach (var replacement in new[] { "\"a\tb\"", "\"a\u0001b\"", "\"a\u007Fb\"", "\"\\u0061\"", "\"a\\\"b\"", "\"\\x\"", "\"\"", "\" \"", "\"\u00e9\u2028\"", "\"\\ud800\"" })
                yield return ($"string at {start} as {replacement}", Splice(compact, start, length, replacement));
            foreach (var invalid in new byte[][] { [0xC3], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80], [0xC0, 0xAF], [0xFF] })
                yield return ($"string at {start} with invalid UTF-8", Splice(compact, start + 1, 0, invalid));
        }
        // Every literal, misspelt and other.
        foreach (var kind in new[] { JsonTokenType.True, JsonTokenType.False, JsonTokenType.Null })
        {
            foreach (var (start, length) in Tokens(compact, kind))
            {
                foreach (var replacement in new[] { "tru", "nul", "True", "NULL", "truex", "null1", "\"true\"", "\"\"", "0", "{}", "[]" })
                    yield return ($"{kind} at {start} as {replacement}", Splice(compact, start, length, replacement));
            }
        }
        // Arrays nested deeper than the reader allows, inside each array.
        foreach (var (start, _) in Tokens(compact, JsonTokenType.StartArray))
            yield return ($"70 nested arrays in the array at {start}", Splice(compact, start + 1, 0, new string('[', 70) + new string(']', 70) + ","));
        // Every truncation.
        for (var length = 0; length < compact.Length; length++)
            yield return ($"cut at {length}", compact[..length]);
    }

    private static List<(int Start, int Length)> Tokens(byte[] json, JsonTokenType kind)
    {
        var found = new List<(int Start, int Length)>();
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType != kind)
                continue;
            var start = checked((int)reader.TokenStartIndex);
            // A string's token runs from its opening quote to its closing one; a container's is its first byte.
            var length = kind is JsonTokenType.StartObject or JsonTokenType.StartArray ? 1 : checked((int)reader.BytesConsumed) - start;
            if (kind == JsonTokenType.PropertyName)
                length = json.AsSpan(start).IndexOf((byte)':') is var colon && colon > 0 ? json.AsSpan(start, colon).TrimEnd(" \t\r\n"u8).Length : length;
            found.Add((start, length));
        }
        return found;
    }

    private static byte[] Splice(byte[] json, int start, int length, string replacement) =>
        Splice(json, start, length, Encoding.UTF8.GetBytes(replacement));

    private static byte[] Splice(byte[] json, int start, int length, byte[] replacement) =>
        [.. json.AsSpan(0, start), .. replacement, .. json.AsSpan(start + length)];

    private static byte[] Insert(byte[] json, int at, string text) => Splice(json, at, 0, text);

    private static byte[] Replace(byte[] json, string from, string to, bool once = false)
    {
        var text = Encoding.UTF8.GetString(json);
        if (!once)
            return Encoding.UTF8.GetBytes(text.Replace(from, to, StringComparison.Ordinal));
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return at < 0 ? json : Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length)));
    }
}
