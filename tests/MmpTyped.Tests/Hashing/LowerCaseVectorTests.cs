using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using MmpTyped.Testing;

namespace MmpTyped.Tests.Hashing;

/// <summary>
/// <see cref="MmpHash.Name"/> and <see cref="MmpHash.Email"/> against digests Python and JavaScript computed
/// (Vectors/lowercase-vectors.json, made by Vectors/make_vectors.py): the stacks hashed identifiers come
/// from lower-case İ to "i̇" and a final Σ to ς, and trim the white space both of them trim.
/// </summary>
public sealed class LowerCaseVectorTests
{
    private static readonly JsonElement Vectors = JsonDocument.Parse(File.ReadAllBytes(
        Path.Combine(RepoPaths.Root, "tests", "MmpTyped.Tests", "Hashing", "Vectors", "lowercase-vectors.json"))).RootElement;

    [Fact]
    public void Every_name_and_email_hashes_as_Python_and_JavaScript_do()
    {
        var vectors = Vectors.GetProperty("vectors").EnumerateArray().ToArray();
        Assert.True(vectors.Length > 600, "the vector file holds the generated inputs");
        var wrong = vectors
            .Select(v => (Kind: v.GetProperty("kind").GetString()!, Input: v.GetProperty("input").GetString()!, Expected: v.GetProperty("sha256").GetString()!))
            .Where(v => !string.IsNullOrWhiteSpace(v.Input) && (v.Kind == "name" || v.Input.Contains('@', StringComparison.Ordinal)))
            .Where(v => (v.Kind == "name" ? MmpHash.Name(v.Input) : MmpHash.Email(v.Input)) != v.Expected)
            .Select(v => $"{v.Kind} {JsonSerializer.Serialize(v.Input)}")
            .ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} differ: {string.Join(", ", wrong.Take(10))}");
    }

    [Theory]
    [InlineData("İbrahim", "i\u0307brahim")]
    [InlineData("ΟΔΥΣΣΕΥΣ", "οδυσσευς")]
    [InlineData("Σ", "σ")]
    [InlineData("ΑΣ.", "ας.")]
    [InlineData("ΑΣΑ", "ασα")]
    public void Name_lowers_as_Unicode_full_case_mapping_does(string name, string lower) =>
        Assert.Equal(Sha256(lower), MmpHash.Name(name));

    [Fact]
    public void Email_lowers_dotted_capital_I_like_the_other_stacks() =>
        Assert.Equal(Sha256("i\u0307pek@example.com"), MmpHash.Email("İPEK@EXAMPLE.COM"));

    [Fact]
    public void Email_trims_exactly_the_white_space_Python_and_JavaScript_both_trim()
    {
        var both = Vectors.GetProperty("trimmedByBoth").EnumerateArray().Select(c => c.GetInt32()).ToHashSet();
        var plain = MmpHash.Email("a@b.c");
        var differ = Enumerable.Range(0, 0x10000)
            .Where(c => c is < 0xD800 or > 0xDFFF)
            .Where(c => (MmpHash.Email((char)c + "a@b.c" + (char)c) == plain) != both.Contains(c))
            .Select(c => $"U+{c:X4}")
            .ToList();
        Assert.True(differ.Count == 0, "trimmed differently: " + string.Join(", ", differ));
    }

    private static string Sha256(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
