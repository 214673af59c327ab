using System;
using System.Collections.Generic;
using System.Linq;

namespace MmpTyped.Tests.Serialization.DirectWriter;

/// <summary>
/// A corpus of values that stress a JSON writer: every ASCII character, the characters the relaxed encoder
/// still escapes (U+2028/2029, U+FEFF, DEL, non-BMP), lone and paired surrogates, strings that cross the
/// writer's buffer sizes, and numbers at the edges of their formats.
/// </summary>
internal static class ExtremeValues
{
    public static IEnumerable<(string Name, string Value)> Strings()
    {
        yield return ("empty", "");
        for (var c = 0; c < 128; c++)
        {
            yield return ($"U+{c:X4} alone", ((char)c).ToString());
            yield return ($"U+{c:X4} inside", "ab" + (char)c + "cd");
        }
        foreach (var special in new[] { '\u0080', '\u00e9', '\u00ff', '\u0100', '\u07ff', '\u0800', '\u2028', '\u2029', '\ufeff', '\ufffd', '\ufffe', '\uffff', '\u200b', '\ud7ff', '\ue000', '\u0300' })
            yield return ($"U+{(int)special:X4}", "x" + special + "y" + special);
        yield return ("Korean", "한국어 결제 완료");
        yield return ("Japanese", "購入しました");
        yield return ("non-BMP pair", "\ud83d\ude00");
        yield return ("non-BMP inside", "a\ud83d\ude00b\ud800\udc00c\udbff\udfff");
        yield return ("lone high", "\ud800");
        yield return ("lone low", "\udc00");
        yield return ("lone high inside", "a\ud83db");
        yield return ("reversed pair", "\ude00\ud83d");
        yield return ("high at the end", "abc\ud83d");
        yield return ("HTML and JavaScript", "<script>alert('x&y')</script> a+b `c`");
        yield return ("escapes", "\"quoted\" back\\slash \b\f\n\r\t \u0000 \u001f");
        foreach (var length in new[] { 85, 86, 255, 256, 257, 511, 512, 513, 1023, 4095, 4096, 4097, 20_000 })
        {
            yield return ($"ASCII x{length}", new string('a', length));
            yield return ($"ASCII x{length}, quote at the end", new string('a', length - 1) + "\"");
            yield return ($"quotes x{length}", new string('"', length));
            yield return ($"Korean x{length}", string.Concat(Enumerable.Repeat("한", length)));
            yield return ($"emoji x{length}", string.Concat(Enumerable.Repeat("\ud83d\ude00", length)));
            yield return ($"U+2028 x{length}", new string('\u2028', length));
            yield return ($"control x{length}", new string('\u0001', length));
        }
        yield return ("long, lone surrogate in the middle", new string('a', 3000) + "\ud800" + new string('b', 3000));
        var random = new Random(20261206);
        for (var i = 0; i < 50; i++)
        {
            var chars = new char[random.Next(1, 700)];
            for (var j = 0; j < chars.Length; j++)
                chars[j] = (char)(random.Next(4) == 0 ? random.Next(0x10000) : random.Next(0x80));
            yield return ($"random #{i}", new string(chars));
        }
    }

    public static IEnumerable<decimal> Decimals()
    {
        yield return 0m;
        yield return 159990m;
        yield return 1.50m;
        yield return 1.500000m;
        yield return -1.0m;
        yield return 0.0000000000000000000000000001m;
        yield return -0.0000000000000000000000000001m;
        yield return 7.9228162514264337593543950335m;
        yield return decimal.MaxValue;
        yield return decimal.MinValue;
        yield return new decimal(0, 0, 0, isNegative: true, scale: 0);  // negative zero
        yield return new decimal(0, 0, 0, isNegative: true, scale: 5);  // negative zero with a scale
        yield return new decimal(0, 0, 0, isNegative: false, scale: 28);
        yield return 1e-10m;
        yield return 123456789012345678901234567.8m;
        for (byte scale = 0; scale <= 28; scale++)
            yield return new decimal(unchecked((int)0xDEADBEEF), 0x1234, 0x5, isNegative: scale % 2 == 1, scale);
    }

    public static IEnumerable<double> Doubles()
    {
        yield return 0.0;
        yield return -0.0;
        yield return 1.0;
        yield return 0.1;
        yield return 1.0 / 3;
        yield return double.Epsilon;
        yield return -double.Epsilon;
        yield return double.MaxValue;
        yield return double.MinValue;
        yield return 1e-7;
        yield return 1e-5;
        yield return 1e15;
        yield return 1e16;
        yield return 1e21;
        yield return 123456789012345680000.0;
        yield return 2.2250738585072014E-308;
        yield return 9007199254740993;
        yield return 37.5665;
        yield return -126.978;
        var random = new Random(20261206);
        var bits = new byte[8];
        for (var i = 0; i < 300; i++)
        {
            random.NextBytes(bits);
            var value = BitConverter.ToDouble(bits);
            if (double.IsFinite(value))
                yield return value;
        }
    }

    public static IEnumerable<long> Longs() =>
        [0, 1, -1, 9, 10, 99, 100, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue, 1_795_339_680_000];
}
