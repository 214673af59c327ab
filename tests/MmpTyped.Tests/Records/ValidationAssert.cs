using System.Linq;

namespace MmpTyped.Tests.Records;

/// <summary>Assertions on <see cref="MmpValidationResult"/> that show every error when they fail.</summary>
internal static class ValidationAssert
{
    public static void Valid(MmpValidationResult result) =>
        Assert.True(result.IsValid, "Expected no error, got:\n" + result);

    /// <summary>Exactly one error: its code, its path, and a message that names <paramref name="field"/>.</summary>
    public static void SingleError(MmpValidationResult result, string code, string path, string field)
    {
        Assert.True(result.Errors.Count == 1, $"Expected one error ({code} {path}), got {result.Errors.Count}:\n{result}");
        var error = result.Errors[0];
        Assert.Equal(code, error.Code);
        Assert.Equal(path, error.Path);
        Assert.Contains(field, error.Message, System.StringComparison.Ordinal);
    }

    /// <summary>Exactly these errors (code and path), in this order.</summary>
    public static void Errors(MmpValidationResult result, params (string Code, string Path)[] expected) =>
        Assert.Equal(
            string.Join("\n", expected.Select(e => $"{e.Code} {e.Path}")),
            string.Join("\n", result.Errors.Select(e => $"{e.Code} {e.Path}")));
}
