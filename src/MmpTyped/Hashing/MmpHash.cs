using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace MmpTyped;

/// <summary>
/// SHA-256 helpers for the hashed personal data AppsFlyer's S2S API accepts (<c>email_hashed</c>,
/// <c>phone_number_hashed</c>, <c>phone_number_e164_hashed</c>, <c>first_name_hashed</c>,
/// <c>last_name_hashed</c>). Each helper normalises its input exactly as AppsFlyer documents it, encodes
/// it as UTF-8, hashes it with SHA-256 and writes the digest as 64 lower-case hexadecimal characters.
/// </summary>
/// <remarks>
/// <para>The string overloads allocate only the returned string. The <c>Try*</c> overloads allocate
/// nothing: they normalise on the stack (inputs longer than 256 characters use a pooled array, which is
/// cleared and returned), and they return <see langword="false"/> instead of throwing.</para>
/// <para>Input that cannot be hashed meaningfully (an email without <c>@</c>, a phone number without
/// digits, ...) is an error rather than a silent hash of garbage. Text with an unpaired UTF-16 surrogate is
/// rejected for the same reason. Buffers that held the clear text are zeroed before they are released.</para>
/// </remarks>
public static class MmpHash
{
    /// <summary>The number of characters every helper writes: a SHA-256 digest (32 bytes) as hexadecimal.</summary>
    public const int HexLength = 64;

    /// <summary>The most digits an E.164 number has (ITU-T E.164 §6.1: country code plus national number).</summary>
    private const int MaxE164Digits = 15;

    /// <summary>Inputs up to this many characters are normalised on the stack; longer ones use a pooled array.</summary>
    private const int StackChars = 256;

    /// <summary>UTF-8 needs at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for 2 units).</summary>
    private const int MaxUtf8BytesPerChar = 3;

    private const int StackBytes = StackChars * MaxUtf8BytesPerChar;

    private const int Sha256Bytes = 32;

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    private enum Status
    {
        Ok,
        DestinationTooSmall,
        EmailEmpty,
        EmailWithoutAt,
        PhoneWithoutDigits,
        E164TooManyDigits,
        NameEmpty,
        InvalidUtf16,
    }

    /// <summary>
    /// Hashes an email address for AppsFlyer's <c>email_hashed</c>: trims leading and trailing white space,
    /// converts it to lower case (invariant culture), then SHA-256.
    /// </summary>
    /// <remarks>AppsFlyer: "Before hashing: trim leading and trailing spaces, and convert all characters to
    /// lowercase." The result is the one Python (<c>email.strip().lower()</c>) and JavaScript
    /// (<c>email.trim().toLowerCase()</c>) give. Trimmed: tab, line feed, vertical tab, form feed, carriage
    /// return, the Unicode space separators (space, U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000),
    /// U+2028 and U+2029; kept: U+0085, U+001C–U+001F and U+FEFF, which only one of the two stacks trims.
    /// White space inside the address is kept. Lower case is Unicode's full mapping, as there: U+0130 (İ)
    /// becomes <c>i</c> followed by U+0307, and a final capital sigma becomes <c>ς</c>.</remarks>
    /// <param name="email">The email address in clear text.</param>
    /// <returns>The SHA-256 digest of the normalised address as 64 lower-case hexadecimal characters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="email"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="email"/> is empty or white space only, has no
    /// <c>@</c>, or contains an unpaired UTF-16 surrogate.</exception>
    public static string Email(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return string.Create(HexLength, email, static (destination, value) =>
            ThrowIfFailed(HashEmail(value, destination, out _), nameof(email)));
    }

    /// <summary>
    /// Hashes an email address for AppsFlyer's <c>email_hashed</c> into <paramref name="destination"/>
    /// without allocating; see <see cref="Email(string)"/> for the normalisation.
    /// </summary>
    /// <param name="email">The email address in clear text.</param>
    /// <param name="destination">Receives the 64 lower-case hexadecimal characters; needs at least
    /// <see cref="HexLength"/> characters.</param>
    /// <param name="charsWritten">64 on success; 0 otherwise.</param>
    /// <returns><see langword="true"/> on success; <see langword="false"/> when <paramref name="destination"/>
    /// is shorter than 64 characters or the input is one <see cref="Email(string)"/> rejects (empty after
    /// trimming, no <c>@</c>, an unpaired surrogate).</returns>
    public static bool TryEmail(ReadOnlySpan<char> email, Span<char> destination, out int charsWritten) =>
        HashEmail(email, destination, out charsWritten) == Status.Ok;

    /// <summary>
    /// Hashes a phone number for AppsFlyer's <c>phone_number_hashed</c>: removes every character that is not
    /// a digit, removes leading zeros, then SHA-256 of the remaining digits.
    /// </summary>
    /// <remarks>
    /// <para>AppsFlyer: "Before hashing: remove all symbols, letters, and leading zeros. The phone number must
    /// include the country code (for example, the US number (650)555-1212 becomes 16505551212)." So
    /// <c>+1 (650) 555-1212</c> and <c>001 650 555 1212</c> both hash <c>16505551212</c>.</para>
    /// <para>Decimal digits of other scripts (full-width <c>１２３</c>, Arabic-Indic, ...) count as the
    /// digits they are. Letters are removed, not read as keypad digits.</para>
    /// <para>This helper does not add a country code: the input must already contain it. A trunk prefix written
    /// inside the number, like the <c>(0)</c> in <c>+44 (0)20 7946 0958</c>, is not a leading zero and is kept;
    /// remove it before calling. Everything that is a digit is kept, so an extension must be removed too.</para>
    /// </remarks>
    /// <param name="phone">The phone number in clear text, including the country code.</param>
    /// <returns>The SHA-256 digest of the digits as 64 lower-case hexadecimal characters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phone"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="phone"/> has no digit other than leading zeros.</exception>
    public static string Phone(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return string.Create(HexLength, phone, static (destination, value) =>
            ThrowIfFailed(HashPhone(value, destination, out _), nameof(phone)));
    }

    /// <summary>
    /// Hashes a phone number for AppsFlyer's <c>phone_number_hashed</c> into <paramref name="destination"/>
    /// without allocating; see <see cref="Phone(string)"/> for the normalisation.
    /// </summary>
    /// <param name="phone">The phone number in clear text, including the country code.</param>
    /// <param name="destination">Receives the 64 lower-case hexadecimal characters; needs at least
    /// <see cref="HexLength"/> characters.</param>
    /// <param name="charsWritten">64 on success; 0 otherwise.</param>
    /// <returns><see langword="true"/> on success; <see langword="false"/> when <paramref name="destination"/>
    /// is shorter than 64 characters or the input has no digit other than leading zeros.</returns>
    public static bool TryPhone(ReadOnlySpan<char> phone, Span<char> destination, out int charsWritten) =>
        HashPhone(phone, destination, out charsWritten) == Status.Ok;

    /// <summary>
    /// Hashes a phone number for AppsFlyer's <c>phone_number_e164_hashed</c>: normalises it to E.164
    /// (<c>+</c> followed by the digits, without leading zeros), then SHA-256.
    /// </summary>
    /// <remarks>
    /// <para>AppsFlyer: "Before hashing: normalize to E.164 format (for example, +12133734253). Include the
    /// country code prefixed with +, with no parentheses, leading zeros, spaces, letters, or symbols other
    /// than the leading +." So <c>+1 (213) 373-4253</c>, <c>001 213 373 4253</c> and <c>12133734253</c> all
    /// hash <c>+12133734253</c>.</para>
    /// <para>Digits are taken as in <see cref="Phone(string)"/>; every other character, including any
    /// <c>+</c>, is removed and a single <c>+</c> is written in front. As there, the input must already
    /// contain the country code, and a trunk prefix such as <c>(0)</c> inside the number must be removed
    /// before calling. AppsFlyer recommends a phone-number library (libphonenumber) for full parsing.</para>
    /// </remarks>
    /// <param name="phone">The phone number in clear text, including the country code.</param>
    /// <returns>The SHA-256 digest of the E.164 form as 64 lower-case hexadecimal characters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phone"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="phone"/> has no digit other than leading zeros, or
    /// more than 15 digits (the E.164 maximum).</exception>
    public static string E164Phone(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return string.Create(HexLength, phone, static (destination, value) =>
            ThrowIfFailed(HashE164Phone(value, destination, out _), nameof(phone)));
    }

    /// <summary>
    /// Hashes a phone number for AppsFlyer's <c>phone_number_e164_hashed</c> into
    /// <paramref name="destination"/> without allocating; see <see cref="E164Phone(string)"/> for the
    /// normalisation.
    /// </summary>
    /// <param name="phone">The phone number in clear text, including the country code.</param>
    /// <param name="destination">Receives the 64 lower-case hexadecimal characters; needs at least
    /// <see cref="HexLength"/> characters.</param>
    /// <param name="charsWritten">64 on success; 0 otherwise.</param>
    /// <returns><see langword="true"/> on success; <see langword="false"/> when <paramref name="destination"/>
    /// is shorter than 64 characters, or the input has no digit other than leading zeros or more than 15
    /// digits.</returns>
    public static bool TryE164Phone(ReadOnlySpan<char> phone, Span<char> destination, out int charsWritten) =>
        HashE164Phone(phone, destination, out charsWritten) == Status.Ok;

    /// <summary>
    /// Hashes a first or last name for AppsFlyer's <c>first_name_hashed</c> / <c>last_name_hashed</c>:
    /// converts it to lower case (invariant culture), then SHA-256.
    /// </summary>
    /// <remarks>AppsFlyer says only "Before hashing: convert to lowercase." This helper follows that exactly
    /// and does <b>not</b> trim. Lower case is Unicode's full mapping, the one Python's <c>str.lower()</c> and
    /// JavaScript's <c>toLowerCase()</c> apply: U+0130 (İ) becomes <c>i</c> followed by U+0307, and a capital
    /// sigma ending a word becomes <c>ς</c> (<c>ΟΔΥΣΣΕΥΣ</c> → <c>οδυσσευς</c>). Not trimming means <c>" Anne"</c> and <c>"Anne"</c> hash differently, so trim the name first if
    /// your source pads it. An empty or white-space-only name is rejected as there is nothing to hash.</remarks>
    /// <param name="name">The first or last name in clear text.</param>
    /// <returns>The SHA-256 digest of the lower-cased name as 64 lower-case hexadecimal characters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space only, or contains
    /// an unpaired UTF-16 surrogate.</exception>
    public static string Name(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Create(HexLength, name, static (destination, value) =>
            ThrowIfFailed(HashName(value, destination, out _), nameof(name)));
    }

    /// <summary>
    /// Hashes a first or last name for AppsFlyer's <c>first_name_hashed</c> / <c>last_name_hashed</c> into
    /// <paramref name="destination"/> without allocating; see <see cref="Name(string)"/> for the normalisation
    /// (lower case only, no trimming).
    /// </summary>
    /// <param name="name">The first or last name in clear text.</param>
    /// <param name="destination">Receives the 64 lower-case hexadecimal characters; needs at least
    /// <see cref="HexLength"/> characters.</param>
    /// <param name="charsWritten">64 on success; 0 otherwise.</param>
    /// <returns><see langword="true"/> on success; <see langword="false"/> when <paramref name="destination"/>
    /// is shorter than 64 characters or the input is one <see cref="Name(string)"/> rejects (empty or white
    /// space only, an unpaired surrogate).</returns>
    public static bool TryName(ReadOnlySpan<char> name, Span<char> destination, out int charsWritten) =>
        HashName(name, destination, out charsWritten) == Status.Ok;

    /// <summary>
    /// Tells whether a value looks like a SHA-256 digest written as hexadecimal: exactly 64 characters, each
    /// <c>0-9</c>, <c>a-f</c> or <c>A-F</c>. Used to flag hashed-PII fields that hold clear text (MMP006).
    /// </summary>
    /// <remarks>Upper-case hexadecimal counts: it is a digest, not clear text, although the helpers of this
    /// class always write lower case.</remarks>
    /// <param name="value">The value of a hashed-PII field.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is exactly 64 hexadecimal digits.</returns>
    public static bool LooksHashed(ReadOnlySpan<char> value) => Vocabulary.MmpTextChecks.LooksHashed(value);

    private static Status HashEmail(ReadOnlySpan<char> email, Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (destination.Length < HexLength)
            return Status.DestinationTooSmall;

        var trimmed = TrimWhiteSpace(email);
        if (trimmed.IsEmpty)
            return Status.EmailEmpty;
        if (!trimmed.Contains('@'))
            return Status.EmailWithoutAt;

        return HashLowerCase(trimmed, destination, out charsWritten);
    }

    private static Status HashName(ReadOnlySpan<char> name, Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (destination.Length < HexLength)
            return Status.DestinationTooSmall;
        if (name.IsWhiteSpace())
            return Status.NameEmpty;

        return HashLowerCase(name, destination, out charsWritten);
    }

    private static Status HashPhone(ReadOnlySpan<char> phone, Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (destination.Length < HexLength)
            return Status.DestinationTooSmall;

        // Each character yields at most one digit, so the input's length bounds the digit count.
        byte[]? rented = null;
        Span<byte> digits = phone.Length <= StackBytes
            ? stackalloc byte[StackBytes]
            : (rented = ArrayPool<byte>.Shared.Rent(phone.Length));
        var count = 0;
        try
        {
            if (!TryAppendDigits(phone, digits, ref count))
                throw new InvalidOperationException("Unreachable: the buffer holds one byte per input character.");
            if (count == 0)
                return Status.PhoneWithoutDigits;

            WriteSha256Hex(digits[..count], destination, out charsWritten);
            return Status.Ok;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(digits[..count]);
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static Status HashE164Phone(ReadOnlySpan<char> phone, Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (destination.Length < HexLength)
            return Status.DestinationTooSmall;

        Span<byte> e164 = stackalloc byte[1 + MaxE164Digits];
        e164[0] = (byte)'+';
        var count = 0;
        try
        {
            if (!TryAppendDigits(phone, e164[1..], ref count))
                return Status.E164TooManyDigits;
            if (count == 0)
                return Status.PhoneWithoutDigits;

            WriteSha256Hex(e164[..(1 + count)], destination, out charsWritten);
            return Status.Ok;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(e164);
        }
    }

    /// <summary>
    /// Writes the decimal digits of <paramref name="phone"/> as ASCII into <paramref name="digits"/>, skipping
    /// every other character and the zeros before the first non-zero digit. Returns false when
    /// <paramref name="digits"/> is full and another digit follows.
    /// </summary>
    private static bool TryAppendDigits(ReadOnlySpan<char> phone, Span<byte> digits, ref int count)
    {
        var i = 0;
        while (i < phone.Length)
        {
            var c = phone[i];
            int digit;
            if (char.IsAsciiDigit(c))
            {
                digit = c - '0';
                i++;
            }
            else if (char.IsAscii(c))
            {
                i++;
                continue;
            }
            else
            {
                // A digit of another script (full-width, Arabic-Indic, ...), possibly a surrogate pair. An
                // unpaired surrogate decodes to U+FFFD, which is not a digit and is removed like any symbol.
                Rune.DecodeFromUtf16(phone[i..], out var rune, out var consumed);
                i += consumed;
                if (!Rune.IsDigit(rune))
                    continue;
                digit = (int)Rune.GetNumericValue(rune);
                if (digit is < 0 or > 9)
                    continue;
            }

            if (digit == 0 && count == 0)
                continue; // a leading zero
            if (count == digits.Length)
                return false;
            digits[count++] = (byte)('0' + digit);
        }

        return true;
    }

    [SuppressMessage("Globalization", "CA1308:Normalize strings to uppercase",
        Justification = "AppsFlyer hashes the lower-case form; upper case would give different digests.")]
    private static Status HashLowerCase(ReadOnlySpan<char> text, Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;

        // Lower-casing can lengthen the text: U+0130 (İ) becomes "i" and U+0307, two code units for one.
        var maxChars = text.Length * MaxLowerCaseGrowth;
        char[]? rentedChars = null;
        byte[]? rentedBytes = null;
        Span<char> lower = maxChars <= StackChars
            ? stackalloc char[StackChars]
            : (rentedChars = ArrayPool<char>.Shared.Rent(maxChars));
        var maxBytes = maxChars * MaxUtf8BytesPerChar;
        Span<byte> utf8 = maxBytes <= StackBytes
            ? stackalloc byte[StackBytes]
            : (rentedBytes = ArrayPool<byte>.Shared.Rent(maxBytes));
        var lowerLength = 0;
        var utf8Length = 0;
        try
        {
            var converted = MmpLowerCase.Convert(text, lower);
            if (converted < 0)
            {
                lower[..maxChars].Clear(); // what was lowered before the unpaired surrogate
                return Status.InvalidUtf16;
            }
            lowerLength = converted;

            var status = Utf8.FromUtf16(lower[..lowerLength], utf8, out _, out utf8Length, replaceInvalidSequences: false);
            if (status == OperationStatus.InvalidData)
                return Status.InvalidUtf16;
            if (status != OperationStatus.Done)
                throw new InvalidOperationException("Unreachable: UTF-8 needs at most 3 bytes per UTF-16 code unit.");

            WriteSha256Hex(utf8[..utf8Length], destination, out charsWritten);
            return Status.Ok;
        }
        finally
        {
            lower[..lowerLength].Clear();
            CryptographicOperations.ZeroMemory(utf8[..utf8Length]);
            if (rentedChars is not null)
                ArrayPool<char>.Shared.Return(rentedChars);
            if (rentedBytes is not null)
                ArrayPool<byte>.Shared.Return(rentedBytes);
        }
    }

    /// <summary>The most UTF-16 code units lower-casing makes of one (U+0130 → <c>i</c> U+0307).</summary>
    private const int MaxLowerCaseGrowth = 2;

    /// <summary>
    /// Trims the white space that both Python's <c>str.strip()</c> and JavaScript's <c>String.prototype.trim()</c>
    /// remove: tab, line feed, vertical tab, form feed, carriage return, the space separators (Unicode Zs: space,
    /// U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000), U+2028 and U+2029. U+0085 and U+001C–U+001F
    /// (only Python strips them) and U+FEFF (only JavaScript does) are kept, so that no stack disagrees.
    /// </summary>
    internal static ReadOnlySpan<char> TrimWhiteSpace(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && IsTrimmed(text[start]))
            start++;
        var end = text.Length;
        while (end > start && IsTrimmed(text[end - 1]))
            end--;
        return text[start..end];
    }

    private static bool IsTrimmed(char c) => c != '\u0085' && char.IsWhiteSpace(c);

    private static void WriteSha256Hex(ReadOnlySpan<byte> data, Span<char> destination, out int charsWritten)
    {
        Span<byte> digest = stackalloc byte[Sha256Bytes];
        SHA256.HashData(data, digest);
        if (!Convert.TryToHexStringLower(digest, destination, out charsWritten))
            throw new InvalidOperationException("Unreachable: the destination was checked to hold 64 characters.");
    }

    private static void ThrowIfFailed(Status status, string paramName)
    {
        if (status != Status.Ok)
            throw CreateException(status, paramName);
    }

    private static ArgumentException CreateException(Status status, string paramName) => status switch
    {
        Status.EmailEmpty => new ArgumentException(
            "The email address is empty or white space only; there is nothing to hash.", paramName),
        Status.EmailWithoutAt => new ArgumentException(
            "The email address has no '@'; it is not an email address.", paramName),
        Status.PhoneWithoutDigits => new ArgumentException(
            "The phone number has no digits after removing symbols, letters and leading zeros.", paramName),
        Status.E164TooManyDigits => new ArgumentException(
            "The phone number has more than 15 digits; E.164 allows at most 15 (country code included).", paramName),
        Status.NameEmpty => new ArgumentException(
            "The name is empty or white space only; there is nothing to hash.", paramName),
        Status.InvalidUtf16 => new ArgumentException(
            "The text contains an unpaired UTF-16 surrogate; it cannot be encoded as UTF-8 for hashing.", paramName),
        _ => new ArgumentException("The value cannot be hashed.", paramName),
    };
}
