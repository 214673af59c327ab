using System;
using System.Globalization;
using System.Text.Json;

namespace MmpTyped;

/// <summary>The JSON kind of an <see cref="MmpValue"/>.</summary>
public enum MmpValueKind
{
    /// <summary>JSON <c>null</c>.</summary>
    Null,

    /// <summary>A string.</summary>
    String,

    /// <summary>A number.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>An object or an array, kept as its JSON text.</summary>
    Json,
}

/// <summary>
/// One value of an open attribute bag (<see cref="MmpAttributes"/>): a string, number, boolean, null, or
/// nested JSON. Converts implicitly from <see cref="string"/>, <see cref="bool"/> and numbers, so
/// <c>attributes["gift"] = true</c> reads naturally. Numbers read from JSON keep their exact text.
/// </summary>
public readonly partial struct MmpValue : IEquatable<MmpValue>
{
    private readonly string? _text;
    private readonly decimal _decimal;
    private readonly double _double;
    private readonly byte _numberForm; // 0 text, 1 decimal, 2 double

    private MmpValue(MmpValueKind kind, string? text, decimal number = 0, double real = 0, byte numberForm = 0)
    {
        Kind = kind;
        _text = text;
        _decimal = number;
        _double = real;
        _numberForm = numberForm;
    }

    /// <summary>JSON <c>null</c>.</summary>
    public static MmpValue Null => default;

    /// <summary>The JSON kind.</summary>
    public MmpValueKind Kind { get; }

    /// <summary>A string value.</summary>
    public static MmpValue String(string value) => new(MmpValueKind.String, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>A boolean value.</summary>
    public static MmpValue Boolean(bool value) => new(MmpValueKind.Boolean, value ? "true" : "false");

    /// <summary>A number.</summary>
    public static MmpValue Number(decimal value) => new(MmpValueKind.Number, null, value, numberForm: 1);

    /// <summary>A number.</summary>
    public static MmpValue Number(double value) =>
        double.IsFinite(value) ? new(MmpValueKind.Number, null, real: value, numberForm: 2)
        : throw new ArgumentOutOfRangeException(nameof(value), value, "JSON has no NaN or infinity.");

    /// <summary>A number kept exactly as its JSON text (for example <c>1e400</c>, which no .NET number holds).</summary>
    /// <exception cref="ArgumentException">The text is not one JSON number (it is written as it is, so it is checked here).</exception>
    public static MmpValue NumberText(string jsonNumber)
    {
        ArgumentNullException.ThrowIfNull(jsonNumber);
        return MmpRawJson.IsOne(jsonNumber, number: true)
            ? new(MmpValueKind.Number, jsonNumber)
            : throw new ArgumentException("The text is not one JSON number.", nameof(jsonNumber));
    }

    /// <summary>Nested JSON (an object or an array), kept as its text and written back verbatim.</summary>
    /// <exception cref="ArgumentException">The text is not one JSON object or array (it is written as it is, so it is checked here).</exception>
    public static MmpValue Json(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return MmpRawJson.IsOne(json, number: false)
            ? new(MmpValueKind.Json, json)
            : throw new ArgumentException("The text is not one JSON object or array whose strings all decode.", nameof(json));
    }

    /// <summary>A number's JSON text that a reader has already checked.</summary>
    internal static MmpValue CheckedNumberText(string jsonNumber) => new(MmpValueKind.Number, jsonNumber);

    /// <summary>An object's or array's JSON text that a reader has already checked.</summary>
    internal static MmpValue CheckedJson(string json) => new(MmpValueKind.Json, json);

    /// <summary>The string, for a <see cref="MmpValueKind.String"/> value; otherwise null.</summary>
    public string? AsString() => Kind == MmpValueKind.String ? _text : null;

    /// <summary>The boolean, for a <see cref="MmpValueKind.Boolean"/> value; otherwise null.</summary>
    public bool? AsBoolean() => Kind == MmpValueKind.Boolean ? _text == "true" : null;

    /// <summary>The number as a decimal, when the value is a number that fits one.</summary>
    public bool TryGetDecimal(out decimal value)
    {
        value = 0;
        if (Kind != MmpValueKind.Number)
            return false;
        switch (_numberForm)
        {
            case 1: value = _decimal; return true;
            case 2: return decimal.TryParse(_double.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
            default: return decimal.TryParse(_text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }
    }

    /// <summary>Writes the value with <paramref name="writer"/>.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (Kind)
        {
            case MmpValueKind.String: writer.WriteStringValue(_text); break;
            case MmpValueKind.Boolean: writer.WriteBooleanValue(_text == "true"); break;
            case MmpValueKind.Json: writer.WriteRawValue(_text!, skipInputValidation: true); break;
            case MmpValueKind.Number when _numberForm == 1: writer.WriteNumberValue(_decimal); break;
            case MmpValueKind.Number when _numberForm == 2: writer.WriteNumberValue(_double); break;
            case MmpValueKind.Number: writer.WriteRawValue(_text!, skipInputValidation: true); break;
            default: writer.WriteNullValue(); break;
        }
    }

    /// <summary>The value as JSON text.</summary>
    public override string ToString() => Kind switch
    {
        MmpValueKind.Null => "null",
        MmpValueKind.String => "\"" + MmpRawJson.Escape(_text!) + "\"",
        MmpValueKind.Number when _numberForm == 1 => _decimal.ToString(CultureInfo.InvariantCulture),
        MmpValueKind.Number when _numberForm == 2 => _double.ToString("R", CultureInfo.InvariantCulture),
        _ => _text!,
    };

    /// <inheritdoc/>
    public bool Equals(MmpValue other) =>
        Kind == other.Kind && (Kind == MmpValueKind.String ? string.Equals(_text, other._text, StringComparison.Ordinal) : ToString() == other.ToString());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MmpValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Kind, Kind == MmpValueKind.String ? string.GetHashCode(_text, StringComparison.Ordinal) : ToString().GetHashCode(StringComparison.Ordinal));

    /// <summary>Equality of kind and JSON text.</summary>
    public static bool operator ==(MmpValue left, MmpValue right) => left.Equals(right);

    /// <summary>Inequality of kind or JSON text.</summary>
    public static bool operator !=(MmpValue left, MmpValue right) => !left.Equals(right);

    /// <summary>A string value; a null string is JSON null.</summary>
    public static implicit operator MmpValue(string? value) => value is null ? Null : String(value);

    /// <summary>A boolean value.</summary>
    public static implicit operator MmpValue(bool value) => Boolean(value);

    /// <summary>A number.</summary>
    public static implicit operator MmpValue(int value) => Number((decimal)value);

    /// <summary>A number.</summary>
    public static implicit operator MmpValue(long value) => Number((decimal)value);

    /// <summary>A number.</summary>
    public static implicit operator MmpValue(decimal value) => Number(value);

    /// <summary>A number.</summary>
    public static implicit operator MmpValue(double value) => Number(value);
}
