using System;
using System.Collections.Generic;

namespace MmpTyped.Vocabulary;

/// <summary>
/// The names a generated class takes for itself. A schema member or an <c>[MmpEvent]</c> property with one
/// of them would collide with the generated code (CS0102); the generator refuses it with a diagnostic that
/// says which name to change instead.
/// </summary>
internal static class MmpReservedNames
{
    /// <summary>The members every generated record or event class declares (<c>BuildUrl</c> when the schema has an endpoint).</summary>
    public static readonly HashSet<string> GeneratedMembers = new(StringComparer.Ordinal)
    {
        "WriteTo", "WriteMembers", "Validate", "ValidateInto", "Parse", "TryParse", "ReadFrom", "SchemaId", "UnknownMembers", "BuildUrl",
    };

    /// <summary>
    /// The parameters and locals of the generated methods, which refer to the class's properties by their
    /// bare names: a property named like one of them would be hidden by it.
    /// </summary>
    public static readonly HashSet<string> GeneratedLocals = new(StringComparer.Ordinal)
    {
        "writer", "reader", "value", "validator", "state", "source", "utf8Json", "message", "parseError", "time",
        "size", "unknown", "rejected", "entry", "item", "i", "name", "nameBuffer", "key", "url", "error", "result",
        "member", "text", "self", "raw", "list", "options", "bag", "_",
    };
}
