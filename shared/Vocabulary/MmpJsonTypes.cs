namespace MmpTyped.Vocabulary;

/// <summary>The kinds of JSON value, as far as a JSON Schema <c>type</c> tells them apart.</summary>
internal enum MmpJsonKind
{
    String,
    Number,
    Boolean,
    Null,
    Object,
    Array,
}

/// <summary>
/// JSON Schema's <c>type</c> keyword, decided once for the generated <c>Validate()</c> (on an <c>MmpValue</c>)
/// and the analyzers (on a constant): an open object's keys that match a pattern must hold values of one type
/// (Affise <c>affise_event_data</c>).
/// </summary>
internal static class MmpJsonTypes
{
    /// <summary>Whether a value of <paramref name="kind"/> is of the schema type <paramref name="type"/>; unknown types accept anything.</summary>
    /// <param name="type">The schema's type: <c>string</c>, <c>number</c>, <c>integer</c>, <c>boolean</c>, <c>null</c>, <c>object</c> or <c>array</c>.</param>
    /// <param name="kind">The value's kind.</param>
    /// <param name="isWholeNumber">For a number, whether it has no fraction (an <c>integer</c>).</param>
    public static bool Accepts(string type, MmpJsonKind kind, bool isWholeNumber) => type switch
    {
        "string" => kind == MmpJsonKind.String,
        "number" => kind == MmpJsonKind.Number,
        "integer" => kind == MmpJsonKind.Number && isWholeNumber,
        "boolean" => kind == MmpJsonKind.Boolean,
        "null" => kind == MmpJsonKind.Null,
        "object" => kind == MmpJsonKind.Object,
        "array" => kind == MmpJsonKind.Array,
        _ => true,
    };

    /// <summary>The type with its article, as messages say it: <c>a string</c>, <c>an integer</c>.</summary>
    public static string Named(string type) =>
        (type.Length > 0 && type[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an " : "a ") + type;
}
