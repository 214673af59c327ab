using System;

namespace MmpTyped.Tests.Hashing;

/// <summary>
/// Vectors for <see cref="MmpHash"/>. Every expected digest was computed outside .NET with coreutils'
/// <c>sha256sum</c>, from the normalised text AppsFlyer's spec prescribes (its S2S events API3 spec,
/// the <c>*_hashed</c> fields); the comment beside each gives the exact command to re-check it. Non-ASCII
/// text is written in the commands as octal UTF-8 bytes so the shell cannot change it.
/// </summary>
public sealed class MmpHashTests
{
    // MmpHash's parameter names, which its exceptions must carry as ParamName.
    private const string EmailParam = "email";
    private const string PhoneParam = "phone";
    private const string NameParam = "name";

    // ---------------------------------------------------------------------------------------------
    // Email: "trim leading and trailing spaces, and convert all characters to lowercase"

    [Theory]
    // printf '%s' 'john.doe@example.com' | sha256sum
    [InlineData("  John.Doe@Example.COM ", "836f82db99121b3481011f16b49dfa5fbc714a0d1b1b9f784a1ebbbf5b39577f")]
    // printf '%s' 'john.doe@example.com' | sha256sum  (already normalised: same digest)
    [InlineData("john.doe@example.com", "836f82db99121b3481011f16b49dfa5fbc714a0d1b1b9f784a1ebbbf5b39577f")]
    // printf '%s' 'user+tag@gmail.com' | sha256sum  (tab, line break and no-break space trimmed)
    [InlineData("\t\u00A0USER+Tag@Gmail.com\r\n", "7ce35ae541c6605e031dc32bb04051a68a22e1f52bed7529b6ca5972dd8b841e")]
    // printf '%s' 'test@appsflyer.com' | sha256sum
    [InlineData("Test@AppsFlyer.com", "f4f54c9d8239d2f641a8d943c74a46b897f576dc2c6dbe60e01a556587fed2c6")]
    // printf '\303\251lodie@exemple.fr' | sha256sum  (U+00C9 lower-cases to U+00E9, UTF-8 C3 A9)
    [InlineData(" \u00C9LODIE@Exemple.FR ", "f34116fa1fa2ab3840367c97ac2fc11e9e811bc3c424a1361abfc3d719c18e8c")]
    public void Email_matches_sha256sum_of_the_normalised_address(string email, string expected)
    {
        Assert.Equal(expected, MmpHash.Email(email));
        AssertTryMatches(MmpHash.TryEmail, email, expected);
    }

    [Fact]
    public void Email_longer_than_the_stack_buffer_uses_the_pool_and_hashes_the_same()
    {
        // { printf 'a%.0s' $(seq 300); printf '%s' '@example.com'; } | sha256sum
        const string Expected = "d71e1056b33fe249cb829675b379af27fad9890535e05ab5335ca11908f3b6ec";
        var email = "  " + new string('A', 300) + "@EXAMPLE.com\t";

        Assert.Equal(Expected, MmpHash.Email(email));
        AssertTryMatches(MmpHash.TryEmail, email, Expected);
    }

    [Fact]
    public void Email_normalisation_trims_and_lower_cases_but_keeps_inner_characters()
    {
        Assert.Equal(MmpHash.Email("john.doe@example.com"), MmpHash.Email(" \tJohn.DOE@Example.Com\n "));
        Assert.NotEqual(MmpHash.Email("john.doe@example.com"), MmpHash.Email("john. doe@example.com"));
    }

    // ---------------------------------------------------------------------------------------------
    // Phone: "remove all symbols, letters, and leading zeros. The phone number must include the
    // country code (for example, the US number (650)555-1212 becomes 16505551212)"

    [Theory]
    // printf '%s' '16505551212' | sha256sum  (equals the spec's own example digest for phone_number_hashed)
    [InlineData("+1 (650)555-1212", "e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176")]
    // printf '%s' '16505551212' | sha256sum
    [InlineData("1(650)555-1212", "e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176")]
    // printf '%s' '16505551212' | sha256sum  ("00" international prefix = leading zeros)
    [InlineData("001 650 555 1212", "e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176")]
    // printf '%s' '442079460958' | sha256sum
    [InlineData("+44 20 7946 0958", "35e206e5dec4c89b9e8b71b8c32724a5bb518483ac5a20c6617d738375b3b823")]
    // printf '%s' '442079460958' | sha256sum
    [InlineData("0044 20-7946-0958", "35e206e5dec4c89b9e8b71b8c32724a5bb518483ac5a20c6617d738375b3b823")]
    // printf '%s' '12133734253' | sha256sum  (letters removed)
    [InlineData("Tel: +1 213.373.4253 (mobile)", "1f81adb30e11317806be982cc82769fbf8627833a89dd87cb24d282f71828830")]
    // printf '%s' '819012345678' | sha256sum  (full-width digits U+FF10..U+FF19 and U+FF0B '+')
    [InlineData("\uFF0B\uFF18\uFF11 \uFF19\uFF10-\uFF11\uFF12\uFF13\uFF14-\uFF15\uFF16\uFF17\uFF18", "0ad07193350775c6d4377f8b039d32877e66c69a454ed886b05279771c0fca0b")]
    public void Phone_matches_sha256sum_of_the_digits(string phone, string expected)
    {
        Assert.Equal(expected, MmpHash.Phone(phone));
        AssertTryMatches(MmpHash.TryPhone, phone, expected);
    }

    [Fact]
    public void Phone_longer_than_the_stack_buffer_uses_the_pool_and_hashes_the_same()
    {
        // printf '%s' '16505551212' | sha256sum
        const string Expected = "e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176";
        var phone = new string('0', 400) + "1 (650) " + new string(' ', 400) + "555-1212";

        Assert.Equal(Expected, MmpHash.Phone(phone));
        AssertTryMatches(MmpHash.TryPhone, phone, Expected);
    }

    [Fact]
    public void Phone_normalisation_keeps_only_digits_without_leading_zeros()
    {
        Assert.Equal(MmpHash.Phone("16505551212"), MmpHash.Phone("00+1 (650) 555-1212 ext"));
        // Only leading zeros go: a zero inside the number is a digit like any other.
        Assert.NotEqual(MmpHash.Phone("442079460958"), MmpHash.Phone("+44 (0)20 7946 0958"));
    }

    // ---------------------------------------------------------------------------------------------
    // E.164: "normalize to E.164 format (for example, +12133734253). Include the country code prefixed
    // with +, with no parentheses, leading zeros, spaces, letters, or symbols other than the leading +"

    [Theory]
    // printf '%s' '+12133734253' | sha256sum  (equals the spec's own example digest for phone_number_e164_hashed)
    [InlineData("+12133734253", "9f7ec22d72092cd3c0b58726ed9c2d91b92e51a3f29837508fb2948bb22dd2fd")]
    // printf '%s' '+12133734253' | sha256sum
    [InlineData("+1 (213) 373-4253", "9f7ec22d72092cd3c0b58726ed9c2d91b92e51a3f29837508fb2948bb22dd2fd")]
    // printf '%s' '+12133734253' | sha256sum  ("00" international prefix becomes the '+')
    [InlineData("001 213 373 4253", "9f7ec22d72092cd3c0b58726ed9c2d91b92e51a3f29837508fb2948bb22dd2fd")]
    // printf '%s' '+442079460958' | sha256sum
    [InlineData("+44 20 7946 0958", "f0bf0228144d9fe2bdf1da2d8ca698f17bf1410ee688b075c27062e47b6f0b6d")]
    // printf '%s' '+49301234567' | sha256sum  (letters and ':' removed)
    [InlineData("Phone: +49 30 1234567", "74bd805bcc47f8603082430ca056311389e38b74fcdfbc32bcb5c6a9269ff3bf")]
    // printf '%s' '+819012345678' | sha256sum  (full-width digits)
    [InlineData("\uFF0B\uFF18\uFF11 \uFF19\uFF10-\uFF11\uFF12\uFF13\uFF14-\uFF15\uFF16\uFF17\uFF18", "3d06a39d40790f11761295e053029378ae28c4b4f6f301693005e079f3d4ca64")]
    // printf '%s' '+123456789012345' | sha256sum  (15 digits: the E.164 maximum)
    [InlineData("+1 234 567 890 123 45", "1b4baed9795e95210d08a51886e9d33e5da06189403c2a823c9d92e222ad55e8")]
    public void E164Phone_matches_sha256sum_of_plus_and_digits(string phone, string expected)
    {
        Assert.Equal(expected, MmpHash.E164Phone(phone));
        AssertTryMatches(MmpHash.TryE164Phone, phone, expected);
    }

    [Fact]
    public void E164Phone_normalisation_writes_one_leading_plus_before_the_digits()
    {
        Assert.Equal(MmpHash.E164Phone("+12133734253"), MmpHash.E164Phone("00 1 (213) 373-4253"));
        Assert.Equal(MmpHash.E164Phone("+12133734253"), MmpHash.E164Phone("12133734253"));
        // The '+' is part of what is hashed: the E.164 digest is not the phone_number_hashed one.
        Assert.NotEqual(MmpHash.Phone("+12133734253"), MmpHash.E164Phone("+12133734253"));
    }

    // ---------------------------------------------------------------------------------------------
    // Names: "convert to lowercase" (and nothing else: no trimming)

    [Theory]
    // printf '%s' 'john' | sha256sum
    [InlineData("John", "96d9632f363564cc3032521409cf22a852f2032eec099ed5967c0d000cec607a")]
    // printf '%s' 'mcdonald' | sha256sum
    [InlineData("McDONALD", "54fa0ac6fb7ba4b0ec2dc9fc8f7d5c553c5c3be6f964e3f6dd49795adda51010")]
    // printf 'jos\303\251' | sha256sum  (U+00C9 lower-cases to U+00E9, UTF-8 C3 A9)
    [InlineData("JOS\u00C9", "d994e1d001886fe5b45b1267bd1fa2b752ac50742579bd3dad7b2a2aa0ed6866")]
    // printf '%s' "o'brien" | sha256sum
    [InlineData("O'Brien", "65b87174be3b1b122e2b0929f0b84888637d31a4a83bb96a860bcff411f5e668")]
    // printf '%s' ' anne ' | sha256sum  (not trimmed: AppsFlyer asks only for lower case)
    [InlineData(" Anne ", "a6a0186798d6a4b9263f0269ea2026b8732bd4aaea117ddc6b67fb0a1fa33c52")]
    public void Name_matches_sha256sum_of_the_lower_cased_name(string name, string expected)
    {
        Assert.Equal(expected, MmpHash.Name(name));
        AssertTryMatches(MmpHash.TryName, name, expected);
    }

    [Fact]
    public void Name_longer_than_the_stack_buffer_uses_the_pool_and_hashes_the_same()
    {
        // printf 'b%.0s' $(seq 300) | sha256sum
        const string Expected = "dccc1450d6fc4232955fcc5cf81105d874c4c6f8c710a71b2763d2c3238e923f";
        var name = new string('B', 300);

        Assert.Equal(Expected, MmpHash.Name(name));
        AssertTryMatches(MmpHash.TryName, name, Expected);
    }

    [Fact]
    public void Name_normalisation_lower_cases_and_does_not_trim()
    {
        Assert.Equal(MmpHash.Name("mcdonald"), MmpHash.Name("McDONALD"));
        Assert.NotEqual(MmpHash.Name("anne"), MmpHash.Name(" Anne "));
    }

    // ---------------------------------------------------------------------------------------------
    // Bad input: an exception naming the argument and the reason; the Try overloads return false.

    [Fact]
    public void Null_input_throws_ArgumentNullException_naming_the_argument()
    {
        Assert.Equal(EmailParam, Assert.Throws<ArgumentNullException>(() => MmpHash.Email(null!)).ParamName);
        Assert.Equal(PhoneParam, Assert.Throws<ArgumentNullException>(() => MmpHash.Phone(null!)).ParamName);
        Assert.Equal(PhoneParam, Assert.Throws<ArgumentNullException>(() => MmpHash.E164Phone(null!)).ParamName);
        Assert.Equal(NameParam, Assert.Throws<ArgumentNullException>(() => MmpHash.Name(null!)).ParamName);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData(" \t\r\n ", "empty")]
    [InlineData("john.doe.example.com", "'@'")]
    [InlineData("  John Doe  ", "'@'")]
    public void Email_rejects_what_is_not_an_email(string email, string reason)
    {
        AssertRejected(() => MmpHash.Email(email), EmailParam, reason);
        Assert.False(MmpHash.TryEmail(email, new char[MmpHash.HexLength], out var written));
        Assert.Equal(0, written);
    }

    [Theory]
    [InlineData("")]
    [InlineData("+")]
    [InlineData("000")]
    [InlineData("(ext) - n/a")]
    public void Phone_rejects_input_without_digits(string phone)
    {
        const string Reason = "no digits after removing symbols, letters and leading zeros";
        AssertRejected(() => MmpHash.Phone(phone), PhoneParam, Reason);
        AssertRejected(() => MmpHash.E164Phone(phone), PhoneParam, Reason);
        Assert.False(MmpHash.TryPhone(phone, new char[MmpHash.HexLength], out var written));
        Assert.Equal(0, written);
        Assert.False(MmpHash.TryE164Phone(phone, new char[MmpHash.HexLength], out written));
        Assert.Equal(0, written);
    }

    [Theory]
    [InlineData("+1 234 567 890 123 456")]
    [InlineData("0012345678901234567890")]
    public void E164Phone_rejects_more_than_15_digits(string phone)
    {
        AssertRejected(() => MmpHash.E164Phone(phone), PhoneParam, "more than 15 digits");
        Assert.False(MmpHash.TryE164Phone(phone, new char[MmpHash.HexLength], out var written));
        Assert.Equal(0, written);
        // phone_number_hashed has no documented length limit: the same digits hash there.
        Assert.True(MmpHash.LooksHashed(MmpHash.Phone(phone)));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    public void Name_rejects_empty_or_invalid_text(string name, string reason)
    {
        AssertRejected(() => MmpHash.Name(name), NameParam, reason);
        Assert.False(MmpHash.TryName(name, new char[MmpHash.HexLength], out var written));
        Assert.Equal(0, written);
    }

    [Fact]
    public void Unpaired_surrogates_are_rejected_in_text_and_removed_like_symbols_in_phones()
    {
        // In code, not in [InlineData]: attribute strings are stored as UTF-8, which cannot hold a lone surrogate.
        const string Email = "a\uD800@example.com";
        const string Name = "Jos\uDC00";
        var destination = new char[MmpHash.HexLength];

        AssertRejected(() => MmpHash.Email(Email), EmailParam, "surrogate");
        Assert.False(MmpHash.TryEmail(Email, destination, out _));
        AssertRejected(() => MmpHash.Name(Name), NameParam, "surrogate");
        Assert.False(MmpHash.TryName(Name, destination, out _));

        // In a phone number it is a symbol: removed, and the digits around it count.
        Assert.Equal(MmpHash.Phone("16505551212"), MmpHash.Phone("1 650\uD800 555 1212"));
        AssertRejected(() => MmpHash.Phone("\uD800"), PhoneParam, "no digits");
        AssertRejected(() => MmpHash.E164Phone("\uDC00+"), PhoneParam, "no digits");
    }

    [Fact]
    public void Try_overloads_return_false_when_the_destination_is_shorter_than_64_chars()
    {
        var destination = new char[MmpHash.HexLength - 1];
        Assert.False(MmpHash.TryEmail("john.doe@example.com", destination, out var written));
        Assert.Equal(0, written);
        Assert.False(MmpHash.TryPhone("+1 (650) 555-1212", destination, out written));
        Assert.Equal(0, written);
        Assert.False(MmpHash.TryE164Phone("+12133734253", destination, out written));
        Assert.Equal(0, written);
        Assert.False(MmpHash.TryName("John", destination, out written));
        Assert.Equal(0, written);
        Assert.All(destination, c => Assert.Equal('\0', c));
    }

    [Fact]
    public void Try_overloads_write_only_64_chars_into_a_larger_destination()
    {
        var destination = new string('#', 80).ToCharArray();
        Assert.True(MmpHash.TryE164Phone("+12133734253", destination, out var written));
        Assert.Equal(MmpHash.HexLength, written);
        // printf '%s' '+12133734253' | sha256sum
        Assert.Equal("9f7ec22d72092cd3c0b58726ed9c2d91b92e51a3f29837508fb2948bb22dd2fd", new string(destination, 0, 64));
        Assert.Equal(new string('#', 16), new string(destination, 64, 16));
    }

    // ---------------------------------------------------------------------------------------------
    // LooksHashed: exactly 64 hex digits

    [Theory]
    [InlineData("836f82db99121b3481011f16b49dfa5fbc714a0d1b1b9f784a1ebbbf5b39577f", true)]
    [InlineData("836F82DB99121B3481011F16B49DFA5FBC714A0D1B1B9F784A1EBBBF5B39577F", true)]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000", true)]
    [InlineData("836f82db99121b3481011f16b49dfa5fbc714a0d1b1b9f784a1ebbbf5b39577", false)]
    [InlineData("836f82db99121b3481011f16b49dfa5fbc714a0d1b1b9f784a1ebbbf5b39577f0", false)]
    [InlineData("836f82db99121b3481011f16b49dfa5fbc714a0d1b1b9f784a1ebbbf5b39577g", false)]
    [InlineData(" 836f82db99121b3481011f16b49dfa5fbc714a0d1b1b9f784a1ebbbf5b3957f", false)]
    [InlineData("john.doe@example.com", false)]
    [InlineData("+12133734253", false)]
    [InlineData("", false)]
    public void LooksHashed_accepts_exactly_64_hex_digits(string value, bool expected)
    {
        Assert.Equal(expected, MmpHash.LooksHashed(value));
    }

    [Fact]
    public void LooksHashed_accepts_every_helper_output()
    {
        Assert.True(MmpHash.LooksHashed(MmpHash.Email("john.doe@example.com")));
        Assert.True(MmpHash.LooksHashed(MmpHash.Phone("+1 (650)555-1212")));
        Assert.True(MmpHash.LooksHashed(MmpHash.E164Phone("+12133734253")));
        Assert.True(MmpHash.LooksHashed(MmpHash.Name("John")));
    }

    // ---------------------------------------------------------------------------------------------
    // Allocation: the Try overloads allocate nothing, on the stack path and on the pooled path.

    [Theory]
    [InlineData(nameof(MmpHash.TryEmail), "  John.Doe@Example.COM ")]
    [InlineData(nameof(MmpHash.TryEmail), null)]
    [InlineData(nameof(MmpHash.TryPhone), "+1 (650)555-1212")]
    [InlineData(nameof(MmpHash.TryPhone), null)]
    [InlineData(nameof(MmpHash.TryE164Phone), "001 (213) 373-4253")]
    [InlineData(nameof(MmpHash.TryName), "McDONALD")]
    [InlineData(nameof(MmpHash.TryName), null)]
    public void Try_overloads_allocate_nothing_after_warm_up(string method, string? input)
    {
        TryHash tryHash = method switch
        {
            nameof(MmpHash.TryEmail) => MmpHash.TryEmail,
            nameof(MmpHash.TryPhone) => MmpHash.TryPhone,
            nameof(MmpHash.TryE164Phone) => MmpHash.TryE164Phone,
            nameof(MmpHash.TryName) => MmpHash.TryName,
            _ => throw new ArgumentOutOfRangeException(nameof(method)),
        };
        // null: an input longer than the stack buffer, so the pooled path is measured too.
        input ??= method switch
        {
            nameof(MmpHash.TryEmail) => new string('x', 1000) + "@Example.com",
            nameof(MmpHash.TryPhone) => "+1 " + new string(' ', 1000) + "(650) 555-1212",
            _ => new string('N', 1000),
        };
        Span<char> destination = stackalloc char[MmpHash.HexLength];
        Assert.True(tryHash(input, destination, out _)); // warm-up: JIT, static fields, pool buckets

        var succeeded = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            if (tryHash(input, destination, out var written) && written == MmpHash.HexLength)
                succeeded++;
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(100, succeeded);
        Assert.Equal(0L, allocated);
    }

    private delegate bool TryHash(ReadOnlySpan<char> input, Span<char> destination, out int charsWritten);

    private static void AssertTryMatches(TryHash tryHash, string input, string expected)
    {
        Span<char> destination = stackalloc char[MmpHash.HexLength];
        Assert.True(tryHash(input, destination, out var written));
        Assert.Equal(MmpHash.HexLength, written);
        Assert.Equal(expected, destination.ToString());
    }

    private static void AssertRejected(Action call, string paramName, string reason)
    {
        var exception = Assert.Throws<ArgumentException>(call);
        Assert.Equal(paramName, exception.ParamName);
        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
    }
}
