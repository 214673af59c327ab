using System;
using System.ComponentModel;

namespace MmpTyped.Runtime;

/// <summary>
/// Thrown by <see cref="MmpValidator"/> when a path passes <see cref="MmpValidator.MaxDepth"/>, after it has
/// recorded the MMP004 error there; <c>Validate()</c> catches it and returns the errors found. It ends the
/// walk of an object graph with a cycle before the stack overflows. For generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MmpValidationDepthException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MmpValidationDepthException()
        : base($"The object graph is nested deeper than {MmpValidator.MaxDepth} levels.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public MmpValidationDepthException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public MmpValidationDepthException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
