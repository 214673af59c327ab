namespace MmpTyped;

/// <summary>One broken rule: its code in the catalogue (<see cref="MmpErrorCodes"/>), where, and why.</summary>
/// <param name="Code">The rule's id, for example <c>MMP001</c> (see <see cref="MmpErrorCodes"/>).</param>
/// <param name="Path">The JSON path, for example <c>$.device.osName</c>.</param>
/// <param name="Message">What is wrong and how to fix it, naming the field.</param>
public sealed record MmpError(string Code, string Path, string Message)
{
    /// <summary>The CLI's line form: <c>CODE PATH MESSAGE</c>.</summary>
    public override string ToString() => $"{Code} {Path} {Message}";
}
