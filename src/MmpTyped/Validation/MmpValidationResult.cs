using System;
using System.Collections.Generic;

namespace MmpTyped;

/// <summary>The outcome of <see cref="IMmpEvent.Validate()"/>.</summary>
public sealed class MmpValidationResult
{
    /// <summary>The result of a message that breaks no rule. Shared: validating a valid message allocates nothing.</summary>
    public static MmpValidationResult Valid { get; } = new([]);

    internal MmpValidationResult(IReadOnlyList<MmpError> errors) => Errors = errors;

    /// <summary>True when no rule is broken.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>Every broken rule, in the order of the schema's members.</summary>
    public IReadOnlyList<MmpError> Errors { get; }

    /// <inheritdoc/>
    public override string ToString() => IsValid ? "OK" : string.Join(Environment.NewLine, Errors);
}
