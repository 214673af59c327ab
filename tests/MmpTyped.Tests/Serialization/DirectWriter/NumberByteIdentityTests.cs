using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using MmpTyped.Runtime;

namespace MmpTyped.Tests.Serialization.DirectWriter;

/// <summary>
/// The direct writer's own number formatting (decimals whose digits fit 64 bits, whole doubles below 10^15)
/// against <see cref="Utf8JsonWriter.WriteNumberValue(decimal)"/> and <see cref="Utf8JsonWriter.WriteNumberValue(double)"/>,
/// byte for byte: the edges of the short paths (scale, sign, zero, the 64-bit and 10^15 limits) and random values.
/// </summary>
public sealed class NumberByteIdentityTests
{
    public static TheoryData<decimal> Decimals()
    {
        var data = new TheoryData<decimal>
        {
            0m, -0m, new decimal(0, 0, 0, isNegative: true, scale: 2), 0.00m, 1m, -1m, 1.50m, -12.345m, 0.05m, 0.3m, 10990m, 159990m,
            0.0000000000000000000000000001m, -0.0000000000000000000000000001m, 1.0000000000000000000000000000m,
            new decimal(-1, -1, 0, isNegative: false, scale: 0), new decimal(-1, -1, 0, isNegative: true, scale: 5),
            new decimal(0, 0, 1, isNegative: false, scale: 0), decimal.MaxValue, decimal.MinValue, 79228162514264337593543950.335m,
        };
        var random = new Random(20);
        for (var i = 0; i < 300; i++)
        {
            var high = i % 3 == 0 ? random.Next() : 0;
            data.Add(new decimal(random.Next(int.MinValue, int.MaxValue), random.Next(int.MinValue, int.MaxValue), high, random.Next(2) == 0, (byte)random.Next(29)));
        }
        return data;
    }

    public static TheoryData<double> Doubles()
    {
        var data = new TheoryData<double>
        {
            0d, -0d, 1d, -1d, 123d, 10990d, 0.5d, -0.5d, 1e14, 999_999_999_999_999d, -999_999_999_999_999d, 1e15, -1e15, 1e15 + 1,
            9_007_199_254_740_992d, 1e16, 1e21, 1e-7, double.MaxValue, double.MinValue, double.Epsilon, 123.456, 0.1 + 0.2,
        };
        var random = new Random(21);
        for (var i = 0; i < 300; i++)
        {
            var whole = Math.Round((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(17)));
            data.Add(whole);
            data.Add(whole / 8);
        }
        return data;
    }

    // Not enumerated at discovery: a test case's id comes from its arguments' text, in which -0m and 0m (and
    // -0.00m and 0.00m) are one, so the negative zeros were skipped as duplicates; run in memory they are kept.
    [Theory]
    [MemberData(nameof(Decimals), DisableDiscoveryEnumeration = true)]
    public void A_decimal_is_written_as_Utf8JsonWriter_writes_it(decimal value) =>
        AssertSame(writer => writer.WriteNumberValue(value), (ref MmpDirectWriter writer) => writer.NumberValue(value), value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [MemberData(nameof(Doubles), DisableDiscoveryEnumeration = true)]
    public void A_double_is_written_as_Utf8JsonWriter_writes_it(double value) =>
        AssertSame(writer => writer.WriteNumberValue(value), (ref MmpDirectWriter writer) => writer.NumberValue(value), value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void A_decimal_member_is_written_as_Utf8JsonWriter_writes_it()
    {
        foreach (var value in new[] { 0.05m, -7.000m, 12345678901234567890m })
        {
            AssertSame(
                writer => writer.WriteNumber("n", value),
                (ref MmpDirectWriter writer) => writer.Number(",\"n\":"u8, value),
                value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                inObject: true);
        }
    }

    private delegate void DirectWrite(ref MmpDirectWriter writer);

    private static void AssertSame(Action<Utf8JsonWriter> expected, DirectWrite direct, string what, bool inObject = false)
    {
        var reference = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(reference, MmpJson.WriterOptions))
        {
            if (inObject)
                writer.WriteStartObject();
            else
                writer.WriteStartArray();
            expected(writer);
            if (inObject)
                writer.WriteEndObject();
            else
                writer.WriteEndArray();
        }

        var output = new ArrayBufferWriter<byte>();
        var directWriter = new MmpDirectWriter(output);
        if (inObject)
            directWriter.StartObject();
        else
            directWriter.StartArray();
        direct(ref directWriter);
        if (inObject)
            directWriter.EndObject();
        else
            directWriter.EndArray();
        directWriter.Flush();

        Assert.True(reference.WrittenSpan.SequenceEqual(output.WrittenSpan),
            $"{what}: Utf8JsonWriter wrote {Encoding.UTF8.GetString(reference.WrittenSpan)}, the direct writer {Encoding.UTF8.GetString(output.WrittenSpan)}");
    }
}
