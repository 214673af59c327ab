using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace MmpTyped;

/// <summary>A message of one vendor endpoint: it writes itself as the vendor's JSON and checks the vendor's rules.</summary>
public interface IMmpEvent
{
    /// <summary>Writes the message as the vendor's JSON, including members kept from parsing that the schema does not know.</summary>
    void WriteTo(Utf8JsonWriter writer);

    /// <summary>Checks every rule of the vendor's schema; allocates nothing when the message is valid.</summary>
    MmpValidationResult Validate();

    /// <summary>Checks every rule, with timestamp windows (MMP007) measured on <paramref name="time"/> instead of the system clock.</summary>
    MmpValidationResult Validate(TimeProvider time);
}

/// <summary>A message type that parses itself from the vendor's JSON.</summary>
/// <typeparam name="TSelf">The message type.</typeparam>
public interface IMmpEvent<TSelf> : IMmpEvent
    where TSelf : class, IMmpEvent<TSelf>
{
    /// <summary>The schema id this type was generated from, for example <c>airbridge.app</c>.</summary>
    static abstract string SchemaId { get; }

    /// <summary>Parses UTF-8 JSON. Unknown members are kept and written back by <see cref="IMmpEvent.WriteTo"/>.</summary>
    /// <exception cref="MmpParseException">The input is not JSON, or a member has a type the schema does not allow; the message names the JSON path and byte offset.</exception>
    static abstract TSelf Parse(ReadOnlySpan<byte> utf8Json);

    /// <summary>Parses UTF-8 JSON; on failure returns false and the error, never throws.</summary>
    static abstract bool TryParse(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out TSelf? message, [NotNullWhen(false)] out MmpError? parseError);
}
