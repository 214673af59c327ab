using System;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace MmpTyped.Runtime;

/// <summary>
/// Where a <see cref="MmpDirectWriter"/> stands in its buffer (the buffer, how much of it is written, what goes
/// before the next token), held in a local of the generated <c>WriteTo</c> so the JIT keeps it in registers.
/// Through the writer itself every member would store its position to memory and the next member load it
/// back: a chain of dependent memory operations that was most of a record's time. Take it with
/// <see cref="MmpDirectWriter.Cursor"/>, hand it back with <see cref="MmpDirectWriter.Resume"/> before any call
/// on the writer. The common cases (plain text, a number, a UUID, a boolean with room left) are written here;
/// anything else goes to the writer and comes back with the writer's new position. For generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct MmpDirectCursor
{
    private readonly Span<byte> _buffer;
    private int _written;
    private byte _separator;

    internal MmpDirectCursor(Span<byte> buffer, int written, byte separator)
    {
        _buffer = buffer;
        _written = written;
        _separator = separator;
    }

    internal readonly int Written => _written;

    internal readonly byte Separator => _separator;

    // A member may come next: after a value inside an object, or as the object's first ('{' is its separator).
    private readonly bool InObject
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _separator is (byte)',' or (byte)'{';
    }

    /// <summary>A string member: <see cref="MmpDirectWriter.String(ReadOnlySpan{byte}, string?)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void String(ref MmpDirectWriter writer, ReadOnlySpan<byte> member, string? value)
    {
        // Where the member literal's length is a constant: inside an object, with room, plain text is copied in
        // one checking pass. Other text, no room, a misplaced member: the writer.
        if (value is not null && value.Length <= MmpDirectWriter.MaxTextLength && InObject)
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
        this = StringSlow(ref writer, this, member, value);
    }

    /// <summary>A string member whose value is already encoded (an enum's vendor string).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void String(ref MmpDirectWriter writer, ReadOnlySpan<byte> member, JsonEncodedText value)
    {
        var encoded = value.EncodedUtf8Bytes;
        var length = member.Length + encoded.Length + 2;
        var free = _buffer.Slice(_written);
        if (InObject && free.Length >= length)
        {
            member.CopyTo(free);
            free[0] = _separator;
            free[member.Length] = (byte)'"';
            encoded.CopyTo(free.Slice(member.Length + 1));
            free[length - 1] = (byte)'"';
            _written += length;
            _separator = (byte)',';
            return;
        }
        this = EncodedSlow(ref writer, this, member, value);
    }

    /// <summary>A UUID member, as <c>"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Guid(ref MmpDirectWriter writer, ReadOnlySpan<byte> member, Guid value)
    {
        var length = member.Length + MmpDirectWriter.GuidLength + 2;
        var free = _buffer.Slice(_written);
        if (InObject && free.Length >= length)
        {
            member.CopyTo(free);
            free[0] = _separator;
            MmpDirectWriter.FormatGuid(value, free.Slice(member.Length, MmpDirectWriter.GuidLength + 2));
            _written += length;
            _separator = (byte)',';
            return;
        }
        this = GuidSlow(ref writer, this, member, value);
    }

    /// <summary>A number member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Number(ref MmpDirectWriter writer, ReadOnlySpan<byte> member, int value) => Number(ref writer, member, (long)value);

    /// <summary>A number member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Number(ref MmpDirectWriter writer, ReadOnlySpan<byte> member, long value)
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
        this = NumberSlow(ref writer, this, member, value);
    }

    /// <summary>A number member, with its scale (<c>1.50</c> stays <c>1.50</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Number(ref MmpDirectWriter writer, ReadOnlySpan<byte> member, decimal value)
    {
        var free = _buffer.Slice(_written);
        if (InObject && free.Length >= member.Length + MmpDirectWriter.MaxNumberLength)
        {
            member.CopyTo(free);
            free[0] = _separator;
            if (MmpNumberFormat.TryFormat(value, free.Slice(member.Length), out var length))
            {
                _written += member.Length + length;
                _separator = (byte)',';
                return;
            }
        }
        this = NumberSlow(ref writer, this, member, value);
    }

    /// <summary>A number member in its shortest round-trip form; NaN and infinities are refused, as JSON has none.</summary>
    /// <exception cref="ArgumentException">The value is NaN or infinite.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Number(ref MmpDirectWriter writer, ReadOnlySpan<byte> member, double value)
    {
        var free = _buffer.Slice(_written);
        if (double.IsFinite(value) && InObject && free.Length >= member.Length + MmpDirectWriter.MaxNumberLength)
        {
            member.CopyTo(free);
            free[0] = _separator;
            if (MmpNumberFormat.TryFormat(value, free.Slice(member.Length), out var length))
            {
                _written += member.Length + length;
                _separator = (byte)',';
                return;
            }
        }
        this = NumberSlow(ref writer, this, member, value);
    }

    /// <summary>A boolean member, written as <c>"true"</c>/<c>"false"</c> when it was parsed that way.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Boolean(ref MmpDirectWriter writer, ReadOnlySpan<byte> member, bool value, MmpWireForm form)
    {
        var free = _buffer.Slice(_written);
        if (form == MmpWireForm.Default && InObject && free.Length >= member.Length + 5)
        {
            member.CopyTo(free);
            free[0] = _separator;
            (value ? "true"u8 : "false"u8).CopyTo(free.Slice(member.Length));
            _written += member.Length + (value ? 4 : 5);
            _separator = (byte)',';
            return;
        }
        this = BooleanSlow(ref writer, this, member, value, form);
    }

    /// <summary>What a member without a value looked like when parsed: <see cref="MmpDirectWriter.Absent"/>.</summary>
    public void Absent(ref MmpDirectWriter writer, ReadOnlySpan<byte> member, MmpWireForm form) =>
        this = AbsentSlow(ref writer, this, member, form);

    /// <summary>A member written as the JSON text it was read from: <see cref="MmpDirectWriter.Original"/>.</summary>
    public void Original(ref MmpDirectWriter writer, ReadOnlySpan<byte> member, string json) =>
        this = OriginalSlow(ref writer, this, member, json);

    // Each slow path hands the position back to the writer, lets it write, and takes the new position.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static MmpDirectCursor StringSlow(scoped ref MmpDirectWriter writer, MmpDirectCursor cursor, ReadOnlySpan<byte> member, string? value)
    {
        writer.Resume(cursor);
        writer.StringSlow(member, value);
        return writer.Cursor();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static MmpDirectCursor EncodedSlow(scoped ref MmpDirectWriter writer, MmpDirectCursor cursor, ReadOnlySpan<byte> member, JsonEncodedText value)
    {
        writer.Resume(cursor);
        writer.String(member, value);
        return writer.Cursor();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static MmpDirectCursor GuidSlow(scoped ref MmpDirectWriter writer, MmpDirectCursor cursor, ReadOnlySpan<byte> member, Guid value)
    {
        writer.Resume(cursor);
        writer.GuidSlow(member, value);
        return writer.Cursor();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static MmpDirectCursor NumberSlow(scoped ref MmpDirectWriter writer, MmpDirectCursor cursor, ReadOnlySpan<byte> member, long value)
    {
        writer.Resume(cursor);
        writer.Formatted(member, value);
        return writer.Cursor();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static MmpDirectCursor NumberSlow(scoped ref MmpDirectWriter writer, MmpDirectCursor cursor, ReadOnlySpan<byte> member, decimal value)
    {
        writer.Resume(cursor);
        writer.Number(member, value);
        return writer.Cursor();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static MmpDirectCursor NumberSlow(scoped ref MmpDirectWriter writer, MmpDirectCursor cursor, ReadOnlySpan<byte> member, double value)
    {
        writer.Resume(cursor);
        writer.Number(member, value);
        return writer.Cursor();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static MmpDirectCursor BooleanSlow(scoped ref MmpDirectWriter writer, MmpDirectCursor cursor, ReadOnlySpan<byte> member, bool value, MmpWireForm form)
    {
        writer.Resume(cursor);
        writer.BooleanSlow(member, value, form);
        return writer.Cursor();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static MmpDirectCursor AbsentSlow(scoped ref MmpDirectWriter writer, MmpDirectCursor cursor, ReadOnlySpan<byte> member, MmpWireForm form)
    {
        writer.Resume(cursor);
        writer.Absent(member, form);
        return writer.Cursor();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static MmpDirectCursor OriginalSlow(scoped ref MmpDirectWriter writer, MmpDirectCursor cursor, ReadOnlySpan<byte> member, string json)
    {
        writer.Resume(cursor);
        writer.Original(member, json);
        return writer.Cursor();
    }
}
