using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using System.Threading;
using System.Threading.Tasks;
using MmpTyped.AppsFlyer;
using Xunit.Abstractions;

namespace MmpTyped.Tests.Push;

/// <summary>
/// Robustness of the Push API parsers against what a network can deliver: 10,000 mutants of the real
/// vendor messages (truncated, retyped, deeply nested, huge, invalid UTF-8, duplicate keys, a broken
/// <c>event_value</c>, and combinations). Each is parsed or rejected with an <see cref="MmpError"/>;
/// nothing else is thrown, nothing hangs, and what parses writes and re-reads to the same bytes.
/// </summary>
public sealed class PushMutationTests(ITestOutputHelper output)
{
    private const int MutantCount = 10_000;

    /// <summary>
    /// A hang guard, not a speed measurement (speed is BenchmarkDotNet's job): a parse of a few
    /// megabytes takes milliseconds, so two seconds means a runaway loop or quadratic work.
    /// </summary>
    private static readonly TimeSpan SingleCallLimit = TimeSpan.FromSeconds(2);

    /// <summary>Past this the run is declared hung, naming the mutant in progress, instead of hanging xunit.</summary>
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Ten_thousand_mutated_push_messages_are_each_parsed_or_rejected_with_an_error()
    {
        var run = new MutationRun(PushMutator.LoadSeeds());

        // The loop runs on its own thread so that a parser stuck in a loop fails this test by name
        // rather than holding the whole test run.
        var task = Task.Factory.StartNew(() => run.Execute(MutantCount), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (await Task.WhenAny(task, Task.Delay(RunLimit)) != task)
            Assert.Fail($"The run did not finish within {RunLimit}; it was in {run.CurrentStep} of\n{run.Current?.Describe()}");
        await task; // a fault of the mutator itself surfaces here
        output.WriteLine(run.Report());

        Assert.True(run.Failures.Count == 0, $"{run.Report()}\nThe first failures:\n{string.Join("\n", run.Failures.Take(15))}");

        // The mix must mean something: a parser that rejected everything (or accepted everything)
        // would pass the checks above without testing the paths the mutants aim at.
        foreach (var parser in MutationRun.ParserNames)
        {
            var (parsed, rejected) = run.Totals(parser);
            Assert.True(parsed >= MutantCount * 15 / 100, $"{parser}: only {parsed} of {MutantCount} mutants parsed.");
            Assert.True(rejected >= MutantCount * 30 / 100, $"{parser}: only {rejected} of {MutantCount} mutants rejected.");
        }
        foreach (var kind in Enum.GetValues<MutationKind>())
        {
            var minimum = kind == MutationKind.HugeString ? MutantCount / PushMutator.HugeStringEvery : 100;
            Assert.True(run.KindCount(kind) >= minimum, $"{kind}: {run.KindCount(kind)} mutants, fewer than {minimum}.");
        }
    }

    [Fact]
    public void The_mutator_makes_the_same_mutants_on_every_run()
    {
        // A failure names a mutant by number: the number must rebuild the same bytes.
        static List<string> First(int count)
        {
            var mutator = new PushMutator(PushMutator.LoadSeeds());
            return Enumerable.Range(0, count).Select(i => mutator.Next(i)).Select(m => m.Description + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(m.Bytes))).ToList();
        }

        Assert.Equal(First(300), First(300));
    }

    [Fact]
    public void The_seeds_are_every_push_example_and_the_not_JSON_one_is_rejected_by_every_parser()
    {
        var seeds = PushMutator.LoadSeeds();
        var documented = Testing.DocumentedExamples.All.Where(e => e.SchemaId.StartsWith("appsflyer.push.", StringComparison.Ordinal)).ToList();
        var notJson = documented.Where(e => e.Outcome == Testing.ExampleOutcome.NotJson).ToList();

        Assert.Equal(documented.Select(e => e.File).Order(StringComparer.Ordinal), seeds.Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.NotEmpty(notJson);
        foreach (var example in notJson)
        {
            var bytes = seeds.Single(s => s.Name == example.File).Bytes;
            foreach (var parser in MutationRun.Parsers)
            {
                Assert.False(parser.TryParse(bytes, out _, out var error), $"{parser.Name} accepted {example.File}.");
                Assert.Equal(MmpErrorCodes.Unreadable, error!.Code);
            }
        }
    }

    // Regression tests of the bugs the mutation run found, each reduced to its smallest input.

    /// <summary>
    /// <c>MmpAttributes</c> once looked a name up in a list for every member it added, so reading an object
    /// cost the square of its member count: 40,000 members (~0.5 MB) took seconds, the time of a hang to a
    /// request handler. Past 16 members it now keeps an index. The same code reads the message's unknown members, an <c>event_value</c> sent as an
    /// object, and (on first use) one sent as a string.
    /// </summary>
    [Theory]
    [InlineData("event_value string")]
    [InlineData("event_value object")]
    [InlineData("unknown members")]
    public void An_object_with_many_members_is_read_in_linear_time(string where)
    {
        var members = string.Join(",", Enumerable.Range(0, 40_000).Select(i => $"\"af_{i}\":{i}"));
        var json = where switch
        {
            "event_value string" => "{\"event_value\":\"{" + members.Replace("\"", "\\\"", StringComparison.Ordinal) + "}\"}",
            "event_value object" => "{\"event_value\":{" + members + "}}",
            _ => "{" + members + "}",
        };

        var clock = Stopwatch.StartNew();
        Assert.True(AppsFlyerPushV1Message.TryParse(Encoding.UTF8.GetBytes(json), out var message, out var error), error?.ToString());
        var count = (message.EventValue ?? message.UnknownMembers)!.Count;

        Assert.Equal(40_000, count);
        Assert.True(clock.Elapsed < SingleCallLimit, $"{json.Length} bytes with 40,000 members in {where} took {clock.Elapsed.TotalSeconds:0.0} s to parse and count.");
    }

    /// <summary>
    /// Invalid UTF-8 in a top-level string is rejected (MMP100), and so are the same bytes one level down,
    /// in the object or array of an unknown member: that JSON is kept as text, and decoding it with
    /// replacement would write U+FFFD where the input had other bytes.
    /// </summary>
    [Theory]
    [InlineData("{\"x\":{\"k\":\"a\u00FFb\"}}")]
    [InlineData("{\"x\":[\"a\u00FFb\"]}")]
    [InlineData("{\"x\":{\"a\u00FFb\":1}}")]
    public void Invalid_UTF8_inside_an_unknown_members_object_is_rejected_like_at_the_top(string shape)
    {
        // The shape's U+00FF stands for the single byte 0xFF, which is never UTF-8.
        static byte[] WithByteFF(string text) => Encoding.Latin1.GetBytes(text);

        Assert.False(AppsFlyerPushV1Message.TryParse(WithByteFF("{\"x\":\"a\u00FFb\"}"), out _, out var topLevel));
        Assert.Equal(MmpErrorCodes.Unreadable, topLevel.Code);

        var accepted = AppsFlyerPushV1Message.TryParse(WithByteFF(shape), out var message, out var nested);

        Assert.False(accepted, $"accepted, and writes {(message is null ? "" : MmpJson.Serialize(message))}");
        Assert.Equal(MmpErrorCodes.Unreadable, nested!.Code);
    }

    /// <summary>
    /// A member whose value the record cannot hold is kept among the unknown members; it must not stay
    /// there when the record also holds a value for it (a blank <c>event_value</c> once set the record's
    /// "empty" form too; a duplicate key set both), or the message is written with the member twice.
    /// </summary>
    [Theory]
    [InlineData("{\"event_value\":\" \"}")]
    [InlineData("{\"event_type\":\"install\",\"event_type\":\"purchase\"}")]
    [InlineData("{\"event_time\":\"bad\",\"event_time\":\"2015-10-28 12:18:36\"}")]
    public void A_parsed_message_writes_each_member_once(string json)
    {
        Assert.True(AppsFlyerPushV1Message.TryParse(Encoding.UTF8.GetBytes(json), out var message, out var error), error?.ToString());

        var written = MmpJson.Serialize(message);

        var names = JsonDocument.Parse(written).RootElement.EnumerateObject().Select(m => m.Name).ToList();
        Assert.True(names.Count == names.Distinct(StringComparer.Ordinal).Count(), $"{json} is written as {written}");
    }

    [Fact]
    public void A_fault_after_a_known_member_is_not_blamed_on_that_member()
    {
        Assert.False(AppsFlyerPushV1Message.TryParse("""{"app_id":"x","b" 1}"""u8, out _, out var error));

        Assert.Equal("$", error.Path);
    }

    /// <summary>The entry point that tells V1.0 from V2.0 (<see cref="AppsFlyerPush.TryParse"/>).</summary>
    internal static bool ParseAny(ReadOnlySpan<byte> json, out object? msg, out MmpError? err)
    {
        var ok = AppsFlyerPush.TryParse(json, out var message, out err);
        msg = message;
        return ok;
    }

    internal delegate bool TryParseFunc(ReadOnlySpan<byte> json, out object? message, out MmpError? error);

    internal delegate object ParseFunc(ReadOnlySpan<byte> json);

    /// <summary>A parser under test: its non-throwing form, and its throwing form where it has one.</summary>
    internal sealed record Parser(string Name, TryParseFunc TryParse, ParseFunc? Parse);

    /// <summary>A call over <see cref="SingleCallLimit"/>: recorded, and the mutant's remaining calls skipped.</summary>
    private sealed class CallOverrun : Exception;

    /// <summary>Makes the mutants, runs every parser on each, and keeps the outcomes and the failures.</summary>
    private sealed class MutationRun(List<(string Name, byte[] Bytes)> seeds)
    {
        public static readonly Parser[] Parsers =
        [
            new("V1", (ReadOnlySpan<byte> json, out object? message, out MmpError? error) =>
            {
                var ok = AppsFlyerPushV1Message.TryParse(json, out var parsed, out error);
                message = parsed;
                return ok;
            }, json => AppsFlyerPushV1Message.Parse(json)),
            new("V2", (ReadOnlySpan<byte> json, out object? message, out MmpError? error) =>
            {
                var ok = AppsFlyerPushV2Message.TryParse(json, out var parsed, out error);
                message = parsed;
                return ok;
            }, json => AppsFlyerPushV2Message.Parse(json)),
            new("Any", ParseAny, null),
        ];

        public static IEnumerable<string> ParserNames => Parsers.Select(p => p.Name);

        private readonly PushMutator _mutator = new(seeds);
        private readonly int[,,] _outcomes = new int[Enum.GetValues<MutationKind>().Length, Parsers.Length, 2]; // [kind, parser, parsed?]
        private readonly int[] _kinds = new int[Enum.GetValues<MutationKind>().Length];
        private readonly SortedDictionary<string, int> _failureCategories = new(StringComparer.Ordinal);
        private TimeSpan _slowest;
        private string _slowestWhat = "";

        public List<string> Failures { get; } = [];

        // Read by the test thread when the run overruns: the mutant and the call in progress.
        public volatile Mutant? Current;
        public volatile string CurrentStep = "";

        public void Execute(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var mutant = _mutator.Next(i);
                Current = mutant;
                _kinds[(int)mutant.Kind]++;
                for (var p = 0; p < Parsers.Length; p++)
                {
                    bool? parsed;
                    try
                    {
                        parsed = Check(Parsers[p], mutant);
                    }
                    catch (CallOverrun)
                    {
                        // Recorded; the other parsers would only repeat the slow call.
                        break;
                    }
                    if (parsed is bool outcome)
                        _outcomes[(int)mutant.Kind, p, outcome ? 1 : 0]++;
                }
            }
        }

        public int KindCount(MutationKind kind) => _kinds[(int)kind];

        public (int Parsed, int Rejected) Totals(string parser)
        {
            var p = Array.FindIndex(Parsers, x => x.Name == parser);
            int parsed = 0, rejected = 0;
            foreach (var kind in Enum.GetValues<MutationKind>())
            {
                parsed += _outcomes[(int)kind, p, 1];
                rejected += _outcomes[(int)kind, p, 0];
            }
            return (parsed, rejected);
        }

        /// <summary>Parsed or rejected, or null when the parser failed the mutant (a failure is recorded).</summary>
        private bool? Check(Parser parser, Mutant mutant)
        {
            var json = mutant.Bytes;
            bool ok;
            object? message;
            MmpError? error;
            try
            {
                (ok, message, error) = Timed(parser, mutant, "TryParse", () =>
                {
                    var accepted = parser.TryParse(json, out var m, out var e);
                    return (accepted, m, e);
                });
            }
            catch (Exception e) when (e is not CallOverrun)
            {
                return Fail(parser, mutant, $"TryParse threw {Headline(e)}");
            }

            if (!ok)
            {
                if (message is not null || error is null)
                    return Fail(parser, mutant, $"TryParse returned false with message {message?.GetType().Name ?? "null"} and error {error?.ToString() ?? "null"}");
                if (error.Code != MmpErrorCodes.Unreadable || !error.Path.StartsWith('$'))
                    return Fail(parser, mutant, $"TryParse rejected it with '{error}': expected code {MmpErrorCodes.Unreadable} and a path from '$'");
            }
            else if (message is not IMmpEvent parsed || error is not null)
            {
                return Fail(parser, mutant, $"TryParse returned true with message {message?.GetType().Name ?? "null"} and error {error?.ToString() ?? "null"}");
            }
            else if (!Utf8.IsValid(json))
            {
                // Beyond the brief's list: invalid UTF-8 cannot be kept in a .NET string, so accepting
                // it means changing the text (U+FFFD) while the README promises a lossless round trip;
                // the same bytes in a top-level string are rejected.
                return Fail(parser, mutant, "accepted input that is not valid UTF-8 (what it writes has U+FFFD in place of the bytes)");
            }
            else if (RoundTrip(parser, mutant, parsed) is { } problem)
            {
                return Fail(parser, mutant, problem);
            }

            if (parser.Parse is { } parse && ThrowingParse(parser, parse, mutant, ok ? null : error) is { } parseProblem)
                return Fail(parser, mutant, parseProblem);
            return ok;
        }

        /// <summary>The throwing form agrees with TryParse and throws nothing but <see cref="MmpParseException"/>.</summary>
        private string? ThrowingParse(Parser parser, ParseFunc parse, Mutant mutant, MmpError? expectedError)
        {
            try
            {
                Timed(parser, mutant, "Parse", () => parse(mutant.Bytes));
                return expectedError is null ? null : $"Parse succeeded where TryParse rejected it with '{expectedError}'";
            }
            catch (MmpParseException e)
            {
                if (expectedError is null)
                    return $"Parse threw '{e.Message}' where TryParse accepted it";
                return e.ToError() == expectedError ? null : $"Parse threw '{e.ToError()}' where TryParse said '{expectedError}'";
            }
            catch (Exception e) when (e is not CallOverrun)
            {
                return $"Parse threw {Headline(e)}";
            }
        }

        /// <summary>Validate and write the message; the written bytes re-read and write again to the same bytes.</summary>
        private string? RoundTrip(Parser parser, Mutant mutant, IMmpEvent message)
        {
            string step = "Validate()";
            try
            {
                Timed(parser, mutant, step, () => message.Validate());
                step = "writing it";
                var written = Timed(parser, mutant, step, () => MmpJson.SerializeToUtf8Bytes(message));
                // Beyond the brief's list: a member written twice is a different message for a reader
                // that keeps the last one, and many readers refuse it.
                if (DuplicateTopLevelName(written) is { } twice)
                    return $"what it wrote has the member \"{twice}\" twice\n    written: {Head(written, written.AsSpan().IndexOf(Encoding.UTF8.GetBytes($"\"{twice}\"")))}";
                step = "re-reading what it wrote";
                if (!parser.TryParse(written, out var again, out var error))
                    return $"what it wrote is rejected: '{error}'\n    written: {Head(written)}";
                step = "writing it again";
                var rewritten = MmpJson.SerializeToUtf8Bytes((IMmpEvent)again!);
                if (!written.AsSpan().SequenceEqual(rewritten))
                {
                    var at = written.AsSpan().CommonPrefixLength(rewritten);
                    return $"the round trip is not idempotent: the second write differs from byte {at}\n    first:  {Head(written, at)}\n    second: {Head(rewritten, at)}";
                }
                // Beyond the brief's list: JSON inside a string (event_value, custom_data) is checked at
                // parse time but read into members on first use, so reading it must not fail (or crawl) either.
                step = "reading its members";
                Timed(parser, mutant, step, () => ReadEverything(message));
                return null;
            }
            catch (Exception e) when (e is not CallOverrun)
            {
                return $"{step} threw {Headline(e)}";
            }
        }

        private T Timed<T>(Parser parser, Mutant mutant, string step, Func<T> call)
        {
            CurrentStep = $"{parser.Name} {step}";
            var clock = Stopwatch.StartNew();
            var result = call();
            var elapsed = clock.Elapsed;
            if (elapsed > _slowest)
            {
                _slowest = elapsed;
                _slowestWhat = $"{parser.Name} {step} of mutant #{mutant.Index} ({mutant.Kind}, {mutant.Bytes.Length} bytes)";
            }
            if (elapsed > SingleCallLimit)
            {
                Fail(parser, mutant, $"{step} took {elapsed.TotalSeconds:0.0} s (limit {SingleCallLimit.TotalSeconds} s)");
                throw new CallOverrun();
            }
            return result;
        }

        private bool? Fail(Parser parser, Mutant mutant, string what)
        {
            Failures.Add($"[{parser.Name}] {what}\n    {mutant.Describe()}");
            // Grouped without names and numbers, so the report shows a few kinds of failure, not thousands.
            var category = $"{Regex.Replace(what.Split('\n')[0], @"'[^']*'|""[^""]*""|\d+(\.\d+)?", "_")} [{parser.Name}, {mutant.Kind}]";
            _failureCategories[category] = _failureCategories.GetValueOrDefault(category) + 1;
            return null;
        }

        public string Report()
        {
            var text = new StringBuilder();
            text.AppendLine($"{MutantCount} mutants; parsed/rejected per parser ({string.Join(", ", ParserNames)}):");
            foreach (var kind in Enum.GetValues<MutationKind>())
            {
                text.Append($"  {kind,-20} {_kinds[(int)kind],5}:");
                for (var p = 0; p < Parsers.Length; p++)
                    text.Append($"  {Parsers[p].Name} {_outcomes[(int)kind, p, 1]}/{_outcomes[(int)kind, p, 0]}");
                text.AppendLine();
            }
            foreach (var parser in ParserNames)
                text.AppendLine($"  total {parser}: {Totals(parser).Parsed} parsed, {Totals(parser).Rejected} rejected");
            text.AppendLine($"slowest single call: {_slowest.TotalMilliseconds:0} ms, {_slowestWhat}");
            text.AppendLine($"failures: {Failures.Count}");
            foreach (var (category, count) in _failureCategories)
                text.AppendLine($"  {count,5} x {category}");
            return text.ToString();
        }

        private static int ReadEverything(IMmpEvent message)
        {
            if (message is not IAppsFlyerPushMessage push)
                return 0;
            var read = ReadAll(push.EventValue) + ReadAll(push.CustomData) + ReadAll(push.UnknownMembers);
            var typed = push.TypedEventValue;
            return read + (typed.AfRevenue, typed.AfPrice, typed.AfCurrency, typed.AfQuantity, typed.AfContentId, typed.AfContentType, typed.AfOrderId, typed.AfReceiptId).GetHashCode();
        }

        private static int ReadAll(MmpAttributes? attributes)
        {
            var length = 0;
            foreach (var (name, value) in attributes ?? [])
                length += name.Length + value.ToString().Length;
            return length;
        }

        private static string? DuplicateTopLevelName(byte[] json)
        {
            var reader = new Utf8JsonReader(json);
            var names = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && !names.Add(reader.GetString()!))
                    return reader.GetString();
            }
            return null;
        }

        private static string Headline(Exception e) => $"{e.GetType().FullName}: {e.Message.Split('\n')[0]}";

        private static string Head(byte[] bytes, int from = 0)
        {
            var start = Math.Clamp(from - 40, 0, bytes.Length);
            return (start > 0 ? "..." : "") + Encoding.Latin1.GetString(bytes, start, Math.Min(200, bytes.Length - start));
        }
    }
}
