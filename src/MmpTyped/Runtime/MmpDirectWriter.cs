using System;
using System.Buffers;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace MmpTyped.Runtime;

/// <summary>
/// Writes compact JSON as UTF-8 straight into an <see cref="IBufferWriter{T}"/>, for the generated direct
/// serializers: the same bytes <see cref="Utf8JsonWriter"/> writes with <see cref="MmpJson.WriterOptions"/>,
/// without its per-call state checks. A member's constant text (<c>,"eventUUID":</c>) comes in one UTF-8
/// literal that starts with the comma; the writer turns that comma into the object's <c>{</c> when the member
/// is the object's first. Everything goes through bounds-checked spans: a write larger than the space left
/// asks the output for more (and throws if it does not get it), it never writes past. For generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref partial struct MmpDirectWriter
{
    // Utf8JsonWriter's own limits, so that what it refuses is refused here too.
    private const int MaxDepth = 1000;
    private const int MaxTextLength = 1_000_000_000 / 6;
    private const int MinimumChunk = 256;

    // 64 bytes hold any int, long, decimal or double in the invariant culture's default format.
    private const int MaxNumberLength = 64;

    private const int GuidLength = 36;

    private readonly IBufferWriter<byte> _output;
    private Span<byte> _buffer;
    private int _written;
    private int _depth;

    // What goes before the next token: nothing (at the start, or after a member's name), a comma (after a
    // value), or the container's opening bracket, written only when its first member or item comes.
    private byte _separator;

    // The reused buffer of a JSON-in-a-string writer (StartJsonString), returned by EndJsonString.
    private ArrayBufferWriter<byte>? _scratch;

    /// <summary>A writer that appends to <paramref name="output"/>; call <see cref="Flush"/> when done.</summary>
    public MmpDirectWriter(IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _buffer = output.GetSpan(MinimumChunk);
    }

    /// <summary>
    /// The member literal of a name that is not plain ASCII (<c>,"café":</c>), from its pre-encoded form, for a
    /// name the generator cannot write as a <c>u8</c> literal. For generated code, once per name.
    /// </summary>
    public static byte[] MemberName(JsonEncodedText name)
    {
        var encoded = name.EncodedUtf8Bytes;
        var member = new byte[encoded.Length + 4];
        ",\""u8.CopyTo(member);
        encoded.CopyTo(member.AsSpan(2));
        "\":"u8.CopyTo(member.AsSpan(encoded.Length + 2));
        return member;
    }

    /// <summary>Hands what was written to the output (<see cref="IBufferWriter{T}.Advance"/>).</summary>
    public void Flush()
    {
        _output.Advance(_written);
        _written = 0;
        _buffer = default;
    }

    /// <summary>Starts an object; its <c>{</c> is written with its first member, or as <c>{}</c> at its end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void StartObject()
    {
        // After a member's name or at the start nothing goes before it; in an array, Enter writes the separator.
        if (_separator == 0 && _depth < MaxDepth)
            _depth++;
        else
            Enter();
        _separator = (byte)'{';
    }

    /// <summary>Ends an object.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EndObject()
    {
        var free = _buffer.Slice(_written);
        if (_separator == (byte)',' && !free.IsEmpty)
        {
            free[0] = (byte)'}';
            _written++;
            _depth--;
            return;
        }
        End((byte)'{', "{}"u8, (byte)'}');
    }

    /// <summary>Starts an array; its <c>[</c> is written with its first item, or as <c>[]</c> at its end.</summary>
    public void StartArray()
    {
        Enter();
        _separator = (byte)'[';
    }

    /// <summary>Ends an array.</summary>
    public void EndArray() => End((byte)'[', "[]"u8, (byte)']');

    /// <summary>A member's name, written as <paramref name="member"/> (<c>,"name":</c>); its value follows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Member(ReadOnlySpan<byte> member)
    {
        var free = _buffer.Slice(_written);
        if (InObject && !member.IsEmpty && free.Length >= member.Length)
        {
            member.CopyTo(free);
            free[0] = _separator;
            _written += member.Length;
            _separator = 0;
            return;
        }
        MemberCore(member);
    }

    private void MemberCore(scoped ReadOnlySpan<byte> member)
    {
        var span = Reserve(member.Length);
        CopyMember(member, span);
        _written += member.Length;
        _separator = 0;
    }

    /// <summary>Whole members whose values are constants, merged into one literal (<c>,"a":"x","b":"y"</c>).</summary>
    public void Constant(ReadOnlySpan<byte> members)
    {
        MemberCore(members);
        _separator = (byte)',';
    }

    /// <summary>A name read at run time (an unknown member's), escaped as the writer escapes it.</summary>
    public void PropertyName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var span = Reserve(1);
        CopyMember(","u8, span);
        _written++;
        QuotedText(name);
        Reserve(1)[0] = (byte)':';
        _written++;
        _separator = 0;
    }

    /// <summary>A string member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void String(ReadOnlySpan<byte> member, string? value)
    {
        // Inlined into the generated code, where the member literal's length is a constant: inside an object, with
        // room, plain text is copied in one checking pass. Other text, no room, a misplaced member: StringSlow.
        if (value is not null && value.Length <= MaxTextLength && InObject)
        {
            var length = member.Length + value.Length + 2;
            var free = _buffer.Slice(_written);
            if (free.Length >= length)
            {
                member.CopyTo(free);
                free[member.Length] = (byte)'"';
                if (MmpJsonEscaping.TryCopyPlain(value, free.Slice(member.Length + 1)))
                {
                    free[0] = _separator;
                    free[length - 1] = (byte)'"';
                    _written += length;
                    _separator = (byte)',';
                    return;
                }
            }
        }
        StringSlow(member, value);
    }

    private void StringSlow(ReadOnlySpan<byte> member, string? value)
    {
        if (value is null)
        {
            Raw(member, "null"u8);
            return;
        }
        if (value.Length <= MaxTextLength && MmpJsonEscaping.IsPlain(value))
        {
            var length = member.Length + value.Length + 2;
            var span = Reserve(length);
            CopyMember(member, span);
            span[member.Length] = (byte)'"';
            MmpJsonEscaping.TryCopyPlain(value, span.Slice(member.Length + 1));
            span[length - 1] = (byte)'"';
            _written += length;
        }
        else
        {
            MemberCore(member);
            QuotedText(value);
        }
        _separator = (byte)',';
    }

    /// <summary>A string member whose value is already encoded (a constant, an enum's vendor string).</summary>
    public void String(ReadOnlySpan<byte> member, JsonEncodedText value)
    {
        var encoded = value.EncodedUtf8Bytes;
        var length = member.Length + encoded.Length + 2;
        var span = Reserve(length);
        CopyMember(member, span);
        span[member.Length] = (byte)'"';
        encoded.CopyTo(span.Slice(member.Length + 1));
        span[length - 1] = (byte)'"';
        _written += length;
        _separator = (byte)',';
    }

    /// <summary>A string member given as UTF-8 text (a formatted time, JSON inside a string), escaped as needed.</summary>
    public void Utf8String(ReadOnlySpan<byte> member, ReadOnlySpan<byte> utf8Value) => Utf8Member(member, utf8Value);

    // The text may live on the caller's stack (a formatted time): scoped, it is only copied.
    private void Utf8Member(scoped ReadOnlySpan<byte> member, scoped ReadOnlySpan<byte> utf8Value)
    {
        if (utf8Value.Length <= MaxTextLength && MmpJsonEscaping.IsPlain(utf8Value))
        {
            var length = member.Length + utf8Value.Length + 2;
            var span = Reserve(length);
            CopyMember(member, span);
            span[member.Length] = (byte)'"';
            utf8Value.CopyTo(span.Slice(member.Length + 1));
            span[length - 1] = (byte)'"';
            _written += length;
        }
        else
        {
            MemberCore(member);
            QuotedUtf8(utf8Value);
        }
        _separator = (byte)',';
    }

    /// <summary>A UUID member, as <c>"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Guid(ReadOnlySpan<byte> member, Guid value)
    {
        var length = member.Length + GuidLength + 2;
        var free = _buffer.Slice(_written);
        if (InObject && free.Length >= length)
        {
            member.CopyTo(free);
            free[0] = _separator;
            FormatGuid(value, free.Slice(member.Length, GuidLength + 2));
            _written += length;
            _separator = (byte)',';
            return;
        }
        GuidSlow(member, value);
    }

    private void GuidSlow(ReadOnlySpan<byte> member, Guid value)
    {
        var length = member.Length + GuidLength + 2;
        var span = Reserve(length);
        CopyMember(member, span);
        FormatGuid(value, span.Slice(member.Length, GuidLength + 2));
        _written += length;
        _separator = (byte)',';
    }

    // "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", quotes included.
    private static void FormatGuid(Guid value, Span<byte> quoted)
    {
        quoted[0] = (byte)'"';
        if (!value.TryFormat(quoted.Slice(1, GuidLength), out _, "D"))
            throw new InvalidOperationException("A UUID did not format.");
        quoted[GuidLength + 1] = (byte)'"';
    }

    /// <summary>A number member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Number(ReadOnlySpan<byte> member, int value) => Number(member, (long)value);

    /// <summary>A number member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Number(ReadOnlySpan<byte> member, long value)
    {
        // The longest long, "-9223372036854775808", is 20 bytes.
        var free = _buffer.Slice(_written);
        if (InObject && free.Length >= member.Length + 20)
        {
            member.CopyTo(free);
            free[0] = _separator;
            value.TryFormat(free.Slice(member.Length), out var length, default, CultureInfo.InvariantCulture);
            _written += member.Length + length;
            _separator = (byte)',';
            return;
        }
        Formatted(member, value);
    }

    /// <summary>A number member, with its scale (<c>1.50</c> stays <c>1.50</c>).</summary>
    public void Number(ReadOnlySpan<byte> member, decimal value) => Formatted(member, value);

    /// <summary>A number member, in its shortest round-trip form; NaN and infinities are refused, as JSON has none.</summary>
    /// <exception cref="ArgumentException">The value is NaN or infinite.</exception>
    public void Number(ReadOnlySpan<byte> member, double value)
    {
        ThrowIfNotFinite(value);
        Formatted(member, value);
    }

    /// <summary>A number member written as a string (<c>"0.0750"</c>), the form it was parsed in.</summary>
    public void Quoted<T>(ReadOnlySpan<byte> member, T value)
        where T : IUtf8SpanFormattable
    {
        Span<byte> text = stackalloc byte[64];
        if (!value.TryFormat(text, out var length, default, CultureInfo.InvariantCulture))
            throw new InvalidOperationException("A number does not fit 64 bytes.");
        Utf8Member(member, text[..length]);
    }

    /// <summary>A boolean member, written as <c>"true"</c>/<c>"false"</c> when it was parsed that way.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Boolean(ReadOnlySpan<byte> member, bool value, MmpWireForm form)
    {
        var free = _buffer.Slice(_written);
        if (form == MmpWireForm.Default && InObject && free.Length >= member.Length + 5)
        {
            member.CopyTo(free);
            free[0] = _separator;
            _separator = (byte)',';
            (value ? "true"u8 : "false"u8).CopyTo(free.Slice(member.Length));
            _written += member.Length + (value ? 4 : 5);
            return;
        }
        if (form == MmpWireForm.Quoted)
            Raw(member, value ? "\"true\""u8 : "\"false\""u8);
        else
            Raw(member, value ? "true"u8 : "false"u8);
    }

    /// <summary>What a member without a value looked like when parsed: <c>null</c>, <c>""</c>, or nothing.</summary>
    public void Absent(ReadOnlySpan<byte> member, MmpWireForm form)
    {
        if (form == MmpWireForm.Null)
            Raw(member, "null"u8);
        else if (form == MmpWireForm.EmptyString)
            Raw(member, "\"\""u8);
    }

    /// <summary>A member written as the JSON text it was read from (kept by <see cref="MmpAttributes.KeepOriginal"/>).</summary>
    public void Original(ReadOnlySpan<byte> member, string json)
    {
        MemberCore(member);
        RawValue(json);
    }

    /// <summary>A string item of an array, or a value after <see cref="Member"/>.</summary>
    public void StringValue(string? value)
    {
        if (value is null)
        {
            NullValue();
            return;
        }
        Separator();
        QuotedText(value);
        _separator = (byte)',';
    }

    /// <summary>A UUID item of an array, or a value after <see cref="Member"/>.</summary>
    public void GuidValue(Guid value)
    {
        Separator();
        Guid(""u8, value);
    }

    /// <summary>A number item of an array, or a value after <see cref="Member"/>.</summary>
    public void NumberValue(int value)
    {
        Separator();
        Formatted(""u8, value);
    }

    /// <summary>A number item of an array, or a value after <see cref="Member"/>.</summary>
    public void NumberValue(long value)
    {
        Separator();
        Formatted(""u8, value);
    }

    /// <summary>A number item of an array, or a value after <see cref="Member"/>.</summary>
    public void NumberValue(decimal value)
    {
        Separator();
        Number(""u8, value);
    }

    /// <summary>A number item of an array, or a value after <see cref="Member"/>; NaN and infinities are refused.</summary>
    /// <exception cref="ArgumentException">The value is NaN or infinite.</exception>
    public void NumberValue(double value)
    {
        ThrowIfNotFinite(value);
        Separator();
        Number(""u8, value);
    }

    /// <summary>A boolean item of an array, or a value after <see cref="Member"/>.</summary>
    public void BooleanValue(bool value) => RawValue(value ? "true"u8 : "false"u8);

    /// <summary><c>null</c> as an item of an array, or as a value after <see cref="Member"/>.</summary>
    public void NullValue() => RawValue("null"u8);

    /// <summary>JSON text written as it is (a kept number's text, a nested object kept as text).</summary>
    /// <exception cref="ArgumentException">The text holds a lone surrogate, which UTF-8 cannot carry.</exception>
    public void RawValue(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        Separator();
        Transcode(json);
        _separator = (byte)',';
    }

    private void RawValue(ReadOnlySpan<byte> utf8Json)
    {
        Separator();
        var span = Reserve(utf8Json.Length);
        utf8Json.CopyTo(span);
        _written += utf8Json.Length;
        _separator = (byte)',';
    }

    // A member's name and a constant value in one copy.
    private void Raw(ReadOnlySpan<byte> member, ReadOnlySpan<byte> value)
    {
        var length = member.Length + value.Length;
        var span = Reserve(length);
        CopyMember(member, span);
        value.CopyTo(span.Slice(member.Length));
        _written += length;
        _separator = (byte)',';
    }

    private void Formatted<T>(ReadOnlySpan<byte> member, T value)
        where T : IUtf8SpanFormattable
    {
        var span = Reserve(member.Length + MaxNumberLength);
        CopyMember(member, span);
        if (!MmpNumberFormat.TryFormat(value, span.Slice(member.Length), out var length))
            throw new InvalidOperationException("A number does not fit 64 bytes.");
        _written += member.Length + length;
        _separator = (byte)',';
    }

    // A member may come next: after a value inside an object, or as the object's first ('{' is its separator).
    private readonly bool InObject
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _separator is (byte)',' or (byte)'{';
    }

    // Copies a member literal, its leading comma made the object's '{' when it is the object's first member.
    // An empty literal (a value after a name or in an array) is copied as nothing.
    private readonly void CopyMember(scoped ReadOnlySpan<byte> member, scoped Span<byte> span)
    {
        if (member.IsEmpty)
            return;
        member.CopyTo(span);
        if (_separator == (byte)'{')
            span[0] = (byte)'{';
        else if (_separator != (byte)',')
            throw new InvalidOperationException("A member is written only inside an object.");
    }

    // Before a value that has no name: the array's '[' or the comma between items; nothing after a name.
    private void Separator()
    {
        if (_separator == 0)
            return;
        if (_separator == (byte)'{')
            throw new InvalidOperationException("A value inside an object needs a member name first.");
        Reserve(1)[0] = _separator;
        _written++;
        _separator = 0;
    }

    private void Enter()
    {
        if (_depth >= MaxDepth)
            throw new InvalidOperationException($"The maximum allowed depth of {MaxDepth} is reached: cannot write the next JSON object or array (a cycle built in code?).");
        Separator();
        _depth++;
    }

    private void End(byte opening, ReadOnlySpan<byte> empty, byte closing)
    {
        if (_separator == opening)
        {
            var span = Reserve(2);
            empty.CopyTo(span);
            _written += 2;
        }
        else
        {
            Reserve(1)[0] = closing;
            _written++;
        }
        _depth--;
        _separator = (byte)',';
    }

    private static void ThrowIfNotFinite(double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentException($"{value.ToString(CultureInfo.InvariantCulture)} cannot be written as JSON: JSON has no NaN or infinity.", nameof(value));
    }

    /// <summary>Free space of at least <paramref name="count"/> bytes; asks the output for more when there is less.</summary>
    private Span<byte> Reserve(int count)
    {
        var free = _buffer.Slice(_written);
        return free.Length >= count ? free : Grow(count);
    }

    private Span<byte> Grow(int count)
    {
        _output.Advance(_written);
        _written = 0;
        _buffer = _output.GetSpan(Math.Max(count, MinimumChunk));
        if (_buffer.Length < count)
            throw new InvalidOperationException($"The output gave {_buffer.Length} bytes where {count} were asked for.");
        return _buffer;
    }
}
