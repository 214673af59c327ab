using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using MmpTyped.Benchmarks.Baselines;
using MmpTyped.Benchmarks.Harness;

namespace MmpTyped.Benchmarks.Benchmarks;

/// <summary>
/// One vendor payload written six ways into the same reused buffer: the generated direct UTF-8 writer (through
/// MmpJson.Serialize), the generated WriteTo on the benchmark's Utf8JsonWriter, System.Text.Json source generation
/// (fast path), System.Text.Json reflection, Newtonsoft.Json 13, and hand-written Utf8JsonWriter code. The setup
/// checks that all write the same JSON (semantically; the two generated ones byte for byte), so the race is fair.
/// Each returns the byte count so nothing is optimized away.
/// </summary>
/// <typeparam name="TPayload">The plain class the other four serialize.</typeparam>
public abstract class SerializeBenchmarks<TPayload>
    where TPayload : class
{
    private readonly JsonSink _sink = new();
    private IMmpEvent _record = null!;
    private TPayload _stjPayload = null!;
    private TPayload _newtonsoftPayload = null!;

    /// <summary>The example payload (tests/MmpTyped.Tests/Examples/...).</summary>
    protected abstract string ExamplePath { get; }

    /// <summary>The generated record, parsed from the example.</summary>
    protected abstract IMmpEvent CreateRecord(byte[] example);

    /// <summary>System.Text.Json's generated metadata for the payload class.</summary>
    protected abstract JsonTypeInfo<TPayload> TypeInfo { get; }

    /// <summary>The hand-written Utf8JsonWriter code.</summary>
    protected abstract void WriteByHand(Utf8JsonWriter writer, TPayload payload);

    /// <summary>What the payload needs beyond one Serialize call (AppsFlyer's JSON-in-a-string members).</summary>
    protected virtual PayloadHooks<TPayload> Hooks { get; } = new();

    [GlobalSetup]
    public void Setup()
    {
        var example = Examples.Read(ExamplePath);
        _record = CreateRecord(example);
        var expected = Hooks.ExpectedJson(example);
        _stjPayload = JsonSerializer.Deserialize(expected, TypeInfo)!;
        Hooks.AfterStjRead(_stjPayload);
        _newtonsoftPayload = NewtonsoftRead(expected);
        Hooks.AfterNewtonsoftRead(_newtonsoftPayload);

        Generated();
        var direct = _sink.WrittenCopy();
        SemanticJson.AssertEqual(expected, direct, "Generated (MmpJson.Serialize, the direct UTF-8 writer)");
        GeneratedWriteTo();
        SemanticJson.AssertEqual(expected, _sink.WrittenCopy(), "Generated WriteTo");
        if (!direct.AsSpan().SequenceEqual(_sink.WrittenCopy()))
            throw new InvalidOperationException("The direct writer and WriteTo(Utf8JsonWriter) wrote different bytes.");
        StjSourceGen();
        SemanticJson.AssertEqual(expected, _sink.WrittenCopy(), "System.Text.Json source generation");
        StjReflection();
        SemanticJson.AssertEqual(expected, _sink.WrittenCopy(), "System.Text.Json reflection");
        HandWritten();
        SemanticJson.AssertEqual(expected, _sink.WrittenCopy(), "Hand-written Utf8JsonWriter");
        Newtonsoft();
        SemanticJson.AssertEqual(expected, _sink.WrittenTextCopy(), "Newtonsoft.Json");
    }

    /// <summary>MmpJson.Serialize: the generated direct UTF-8 writer (WriteTo(ref MmpDirectWriter)).</summary>
    [Benchmark]
    public int Generated()
    {
        var buffer = _sink.Buffer;
        MmpJson.Serialize(_record, buffer);
        return buffer.WrittenCount;
    }

    /// <summary>The same generated WriteTo on the benchmark's own writer, as HandWritten is called: the difference to Generated is MmpJson.Serialize's per-call cost.</summary>
    [Benchmark]
    public int GeneratedWriteTo()
    {
        var writer = _sink.StartWriter();
        _record.WriteTo(writer);
        return _sink.WrittenBytes();
    }

    [Benchmark(Baseline = true)]
    public int StjSourceGen()
    {
        var writer = _sink.StartWriter();
        Hooks.BeforeStjWrite(_stjPayload);
        JsonSerializer.Serialize(writer, _stjPayload, TypeInfo);
        return _sink.WrittenBytes();
    }

    [Benchmark]
    public int StjReflection()
    {
        var writer = _sink.StartWriter();
        Hooks.BeforeStjReflectionWrite(_stjPayload);
        JsonSerializer.Serialize(writer, _stjPayload, ReflectionJson.Options);
        return _sink.WrittenBytes();
    }

    [Benchmark]
    public int Newtonsoft()
    {
        var text = _sink.StartText();
        Hooks.BeforeNewtonsoftWrite(_newtonsoftPayload);
        using (var writer = new global::Newtonsoft.Json.JsonTextWriter(text) { CloseOutput = false })
            NewtonsoftJson.Serializer.Serialize(writer, _newtonsoftPayload);
        return _sink.WrittenTextBytes();
    }

    [Benchmark]
    public int HandWritten()
    {
        var writer = _sink.StartWriter();
        WriteByHand(writer, _stjPayload);
        return _sink.WrittenBytes();
    }

    private static TPayload NewtonsoftRead(byte[] json)
    {
        using var reader = new global::Newtonsoft.Json.JsonTextReader(new StreamReader(new MemoryStream(json)));
        return NewtonsoftJson.Serializer.Deserialize<TPayload>(reader)!;
    }
}
