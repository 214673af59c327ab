using System;
using System.Globalization;
using System.Text;

namespace MmpTyped;

/// <summary>
/// Unicode's full lower-case mapping, as Python's <c>str.lower()</c> and JavaScript's <c>toLowerCase()</c>
/// apply it (the stacks hashed identifiers usually come from), where .NET's <c>ToLowerInvariant</c> maps code
/// unit for code unit: U+0130 (İ) becomes <c>i</c> + U+0307 (COMBINING DOT ABOVE) instead of staying
/// upper-case, and U+03A3 (Σ) becomes <c>ς</c> at the end of a word (Unicode's Final_Sigma condition) and
/// <c>σ</c> elsewhere. Every other character takes its simple lower-case mapping.
/// </summary>
internal static class MmpLowerCase
{
    private const char CapitalDottedI = '\u0130';
    private const char CapitalSigma = '\u03A3';

    /// <summary>
    /// Writes the lower-case form of <paramref name="text"/> into <paramref name="destination"/> (at least
    /// twice as long as the text); returns its length, or -1 when the text holds an unpaired surrogate.
    /// </summary>
    public static int Convert(ReadOnlySpan<char> text, Span<char> destination)
    {
        var written = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
                return -1;
            if (rune.Value == CapitalDottedI)
            {
                destination[written++] = 'i';
                destination[written++] = '\u0307';
            }
            else if (rune.Value == CapitalSigma)
            {
                destination[written++] = IsFinalSigma(text, i) ? '\u03C2' : '\u03C3';
            }
            else
            {
                written += Rune.ToLowerInvariant(rune).EncodeToUtf16(destination[written..]);
            }
            i += consumed;
        }
        return written;
    }

    // Final_Sigma (Unicode 3.13, Table 3-17): a cased letter, then any case-ignorable characters, before the
    // sigma; and no case-ignorable characters followed by a cased letter after it.
    private static bool IsFinalSigma(ReadOnlySpan<char> text, int sigma)
    {
        if (!PrecededByCased(text, sigma))
            return false;
        var after = sigma + 1;
        while (after < text.Length)
        {
            Rune.DecodeFromUtf16(text[after..], out var rune, out var consumed);
            after += consumed;
            if (IsCaseIgnorable(rune))
                continue;
            return !IsCased(rune);
        }
        return true;
    }

    private static bool PrecededByCased(ReadOnlySpan<char> text, int sigma)
    {
        var before = sigma;
        while (before > 0)
        {
            Rune.DecodeLastFromUtf16(text[..before], out var rune, out var consumed);
            before -= consumed;
            if (!IsCaseIgnorable(rune))
                return IsCased(rune);
        }
        return false;
    }

    // Cased: upper case, lower case or title case (approximated by the general categories and by having a case mapping).
    private static bool IsCased(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        || Rune.ToLowerInvariant(rune) != rune || Rune.ToUpperInvariant(rune) != rune;

    // Case-ignorable: nonspacing and enclosing marks, format characters, modifier letters and symbols, and the
    // word-internal punctuation Unicode lists (apostrophes, full stops, colons, middle dots).
    private static bool IsCaseIgnorable(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
        || rune.Value is '\'' or '.' or ':' or '^' or '`' or 0x00AD or 0x00B7 or 0x0387 or 0x055F or 0x05F4 or 0x2018 or 0x2019 or 0x2024
            or 0x2027 or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A;
}
