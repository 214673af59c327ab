using System;

namespace MmpTyped.Outbox;

/// <summary>
/// The store cannot be opened or used: the file or server cannot be reached, or its schema is of a version
/// this library does not know. The message names the store without any password.
/// </summary>
public sealed class MessageStoreException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public MessageStoreException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public MessageStoreException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public MessageStoreException()
    {
    }
}
