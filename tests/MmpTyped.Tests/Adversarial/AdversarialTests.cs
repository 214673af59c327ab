using System;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MmpTyped.Tests.Hostile;
using Xunit.Abstractions;

namespace MmpTyped.Tests.Adversarial;

/// <summary>
/// The in-repo adversarial suite: for every outbound vendor record, both Push versions and the Push reader
/// that tells them apart, 2,100 hostile inputs made from the vendor's own examples (mutations, extreme
/// values, duplicates, escaped names, surrogates, precision, size), each through Parse, TryParse,
/// Validate(), writing and reading back. Deterministic (fixed seeds) and bounded (a fixed count).
/// </summary>
public sealed class AdversarialTests(ITestOutputHelper output)
{
    private const int InputsPerSubject = 2_100;

    /// <summary>A hang guard, not a speed measurement: past this the run is declared hung, naming the input in progress.</summary>
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(5);

    public static TheoryData<string> Subjects() => new(Subject.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Subjects))]
    public async Task Hostile_inputs_are_parsed_or_refused_and_what_parses_is_written_as_it_came(string name)
    {
        var run = new AdversarialRun(Subject.All.Single(s => s.Name == name));

        var task = Task.Factory.StartNew(() => run.Execute(InputsPerSubject), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (await Task.WhenAny(task, Task.Delay(RunLimit)) != task)
            Assert.Fail($"The run did not finish within {RunLimit}; it was at\n{run.Current?.Describe()}");
        await task;

        var report = new StringBuilder($"{name}: {run.Inputs} inputs, {run.Calls} calls, {run.Failures.Count} failures\n");
        foreach (var strategy in Enum.GetValues<Strategy>())
            report.AppendLine($"  {strategy,-13} parsed {run.Totals(strategy).Parsed,5}, refused {run.Totals(strategy).Rejected,5}");
        output.WriteLine(report.ToString());

        Assert.True(run.Failures.Count == 0, $"{report}\nThe first failures:\n{string.Join("\n", run.Failures.Take(10))}");
        // The mix must mean something: every strategy must reach the writer for some inputs.
        foreach (var strategy in Enum.GetValues<Strategy>())
            Assert.True(run.Totals(strategy).Parsed > 0, $"{name}: no {strategy} input parsed, so none reached Validate() and writing.\n{report}");
    }

    [Fact]
    public void The_inputs_are_the_same_on_every_run()
    {
        static string[] First(int count)
        {
            var inputs = new HostileInputs("airbridge.app");
            return Enumerable.Range(0, count).Select(i => inputs.Next(i)).Select(i => i.Description + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(i.Bytes))).ToArray();
        }

        Assert.Equal(First(200), First(200));
    }
}

/// <summary>Each subject's parse, validation and writing grow linearly with the input: thousands of unknown members, then a known member sent again and again.</summary>
[Collection(LinearTime.Collection)]
public sealed class AdversarialLinearTimeTests
{
    public static TheoryData<string> Subjects() => AdversarialTests.Subjects();

    [Theory]
    [MemberData(nameof(Subjects))]
    public void Parse_validate_and_write_are_linear_in_the_input(string name)
    {
        var subject = Subject.All.Single(s => s.Name == name);
        var member = subject.SchemaId switch
        {
            "appsflyer.s2s" => "\"eventName\"",
            "affise.s2s" => "\"first_open_time\"",
            "appsflyer.push.v1" => "\"event_time\"",
            "appsflyer.push.v2" => "\"event_time\"",
            _ => "\"eventUUID\"",
        };
        byte[] Make(int count)
        {
            var json = new StringBuilder("{");
            for (var i = 0; i < count; i++)
                json.Append("\"u").Append(i).Append("\":\"").Append(i).Append("\",");
            for (var i = 0; i < count; i++)
                json.Append(member).Append(":[1],").Append(member).Append(":\"1e-400\",");
            return Encoding.UTF8.GetBytes(json.Append("\"x\":0}").ToString());
        }

        LinearTime.Assert(Make, json =>
        {
            Assert.True(subject.TryParse(json, out var message, out var error), error?.ToString());
            message!.Validate();
            MmpJson.SerializeToUtf8Bytes(message);
        }, smallSize: 2_000, name);
    }
}
