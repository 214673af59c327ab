using System;
using System.Security.Cryptography;
using System.Text;
using MmpTyped.PhoneNumbers;

namespace MmpTyped.PhoneNumbers.Tests;

public sealed class MmpPhoneHashTests
{
    [Theory]
    [InlineData("(650) 555-1212", "US", "+16505551212")]
    [InlineData("650.555.1212", "us", "+16505551212")]
    [InlineData("+1 650 555 1212", null, "+16505551212")]
    [InlineData("+1 650 555 1212", "GB", "+16505551212")]
    [InlineData("020 7946 0958", "GB", "+442079460958")]
    [InlineData("+44 (0)20 7946 0958", null, "+442079460958")]
    [InlineData("030 123456", "DE", "+4930123456")]
    [InlineData("090-1234-5678", "JP", "+819012345678")]
    public void A_national_or_international_number_becomes_E164(string phone, string? region, string e164) =>
        Assert.Equal(e164, MmpPhoneHash.ToE164(phone, region));

    [Fact]
    public void The_hash_is_SHA256_of_the_E164_form_as_MmpHash_writes_it()
    {
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("+16505551212")));

        Assert.Equal(expected, MmpPhoneHash.E164Phone("(650) 555-1212", "US"));
        Assert.Equal(MmpHash.E164Phone("+1 (650) 555-1212"), MmpPhoneHash.E164Phone("(650) 555-1212", "US"));
    }

    [Theory]
    [InlineData("(650) 555-1212", null, "no country code")]
    [InlineData("12345", "US", "cannot be a number of US")]
    [InlineData("555-1212", "US", "cannot be a number of US")]
    [InlineData("not a number", "US", "cannot be read")]
    [InlineData("", "US", "empty")]
    [InlineData("(650) 555-1212", "XX", "not a region")]
    public void A_number_that_cannot_be_one_is_refused_without_repeating_it(string phone, string? region, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => MmpPhoneHash.E164Phone(phone, region));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        if (phone.Length > 0)
            Assert.DoesNotContain(phone, error.Message, StringComparison.Ordinal);
        Assert.False(MmpPhoneHash.TryToE164(phone, region, out _, out var why));
        Assert.Contains(reason, why, StringComparison.Ordinal);
    }
}
