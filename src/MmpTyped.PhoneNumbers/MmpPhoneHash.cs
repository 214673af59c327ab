using System;
using System.Diagnostics.CodeAnalysis;
using PhoneNumbers;

namespace MmpTyped.PhoneNumbers;

/// <summary>
/// Hashes a phone number written the way people write it in their country (<c>(650) 555-1212</c> in the
/// <c>US</c>, <c>020 7946 0958</c> in <c>GB</c>) for AppsFlyer's <c>phone_number_e164_hashed</c>: libphonenumber
/// reads it with its region's rules (the trunk prefix <c>0</c>, the country code, extensions) and writes it
/// in E.164 (<c>+16505551212</c>), which <see cref="MmpHash.E164Phone(string)"/> then hashes.
/// </summary>
/// <remarks>
/// A number written with <c>+</c> and its country code is read whatever the region. A number is refused when
/// it cannot be read or cannot be a number of its region (too short, too long); whether it is assigned to a
/// subscriber is not checked. Error messages never repeat the number: it is personal data.
/// </remarks>
public static class MmpPhoneHash
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>The number in E.164 (<c>+16505551212</c>).</summary>
    /// <param name="phone">The number as written, national (<c>(650) 555-1212</c>) or international (<c>+1 650 555 1212</c>).</param>
    /// <param name="region">The ISO 3166-1 alpha-2 region the number is written for (<c>US</c>, <c>GB</c>); null when it starts with <c>+</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="phone"/> is null.</exception>
    /// <exception cref="ArgumentException">The number cannot be read, or cannot be a number of its region; or the region is not one libphonenumber knows.</exception>
    public static string ToE164(string phone, string? region)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return TryToE164(phone, region, out var e164, out var error) ? e164 : throw new ArgumentException(error, nameof(phone));
    }

    /// <summary>Hashes the number's E.164 form with <see cref="MmpHash.E164Phone(string)"/>: 64 lower-case hexadecimal characters.</summary>
    /// <param name="phone">The number as written, national or international.</param>
    /// <param name="region">The ISO 3166-1 alpha-2 region the number is written for; null when it starts with <c>+</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="phone"/> is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="ToE164"/>.</exception>
    public static string E164Phone(string phone, string? region) => MmpHash.E164Phone(ToE164(phone, region));

    /// <summary>The number in E.164, or false and the reason (which never repeats the number).</summary>
    /// <param name="phone">The number as written, national or international.</param>
    /// <param name="region">The ISO 3166-1 alpha-2 region the number is written for; null when it starts with <c>+</c>.</param>
    /// <param name="e164">The number in E.164 when the result is true.</param>
    /// <param name="error">Why the number was refused when the result is false.</param>
    public static bool TryToE164(string? phone, string? region, [NotNullWhen(true)] out string? e164, [NotNullWhen(false)] out string? error)
    {
        e164 = null;
        if (string.IsNullOrWhiteSpace(phone))
        {
            error = "The phone number is empty.";
            return false;
        }
        var regionCode = string.IsNullOrWhiteSpace(region) ? null : region.Trim().ToUpperInvariant();
        if (regionCode is not null && !Util.GetSupportedRegions().Contains(regionCode))
        {
            error = $"'{Describe(region!)}' is not a region libphonenumber knows: use an ISO 3166-1 alpha-2 code such as US or GB.";
            return false;
        }
        PhoneNumber number;
        try
        {
            number = Util.Parse(phone, regionCode ?? "ZZ");
        }
        catch (NumberParseException e)
        {
            error = e.ErrorType == ErrorType.INVALID_COUNTRY_CODE && regionCode is null
                ? "The phone number has no country code: write it with + and its country code, or give its region."
                : $"The phone number cannot be read ({e.ErrorType}).";
            return false;
        }
        // Only a whole number: a local one (555-1212 without its area code) has no E.164 form.
        var possible = Util.IsPossibleNumberWithReason(number);
        if (possible != PhoneNumberUtil.ValidationResult.IS_POSSIBLE)
        {
            error = $"The phone number cannot be a number of {regionCode ?? Util.GetRegionCodeForNumber(number) ?? "its region"}: {possible}.";
            return false;
        }
        e164 = Util.Format(number, PhoneNumberFormat.E164);
        error = null;
        return true;
    }

    // A region code as a message quotes it: short, printable.
    private static string Describe(string region)
    {
        var shown = region.Length > 8 ? region[..8] + "..." : region;
        return string.Concat(System.Linq.Enumerable.Select(shown, c => char.IsControl(c) ? '?' : c));
    }
}
