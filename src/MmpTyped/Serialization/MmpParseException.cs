using System;

namespace MmpTyped;

/// <summary>The input could not be read as the vendor's message: it names the JSON path and the byte offset.</summary>
public sealed class MmpParseException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">Where, for example <c>$.device.osName</c>.</param>
    /// <param name="bytePosition">The offset in the UTF-8 input where reading stopped.</param>
    /// <param name="reason">Why, for example <c>expected a string, found a number</c>.</param>
    /// <param name="inner">The reader's own exception, if any.</param>
    public MmpParseException(string path, long bytePosition, string reason, Exception? inner = null)
        : base($"{path}: {reason} (byte {bytePosition})", inner)
    {
        Path = path;
        BytePosition = bytePosition;
        Reason = reason;
    }

    /// <summary>
    /// True when the input is JSON but this value is of a kind or range the member cannot hold (a number
    /// where a string belongs): the parsers keep such a value as it came, for <c>Validate()</c> to report.
    /// </summary>
    internal bool IsWrongValue { get; init; }

    /// <summary>The JSON path where reading failed.</summary>
    public string Path { get; }

    /// <summary>The offset in the UTF-8 input where reading failed.</summary>
    public long BytePosition { get; }

    /// <summary>Why reading failed, without the path.</summary>
    public string Reason { get; }

    /// <summary>The same failure as an <see cref="MmpError"/> with code <see cref="MmpErrorCodes.Unreadable"/>.</summary>
    public MmpError ToError() => new(MmpErrorCodes.Unreadable, Path, $"{Reason} (byte {BytePosition})");
}
