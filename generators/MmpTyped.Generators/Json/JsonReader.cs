using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace MmpTyped.Generators.Json;

/// <summary>The input is not JSON; the position is zero-based.</summary>
internal sealed class JsonReaderException(string message, int line, int column, int offset) : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>The offending character's offset in the text.</summary>
    public int Offset { get; } = offset;
}

/// <summary>A strict RFC 8259 reader for schema files (no comments, no trailing commas).</summary>
internal sealed class JsonReader
{
    private const int MaxDepth = 128;

    private readonly string _text;
    private int _position;
    private int _line;
    private int _lineStart;

    private JsonReader(string text) => _text = text;

    public static JsonNode Parse(string text)
    {
        var reader = new JsonReader(text);
        reader.SkipWhitespace();
        var value = reader.ReadValue(0, "");
        reader.SkipWhitespace();
        if (reader._position < text.Length)
            throw reader.Error("unexpected text after the JSON value");
        return value;
    }

    private int Column => _position - _lineStart;

    private JsonNode ReadValue(int depth, string pointer)
    {
        if (depth > MaxDepth)
            throw Error($"nested deeper than {MaxDepth} levels");
        if (_position >= _text.Length)
            throw Error("unexpected end of the file");

        var (start, line, column) = (_position, _line, Column);
        JsonNode node = _text[_position] switch
        {
            '{' => ReadObject(line, column, depth, pointer),
            '[' => ReadArray(line, column, depth, pointer),
            '"' => new JsonString(line, column, ReadString()),
            't' => Literal("true", new JsonBool(line, column, true)),
            'f' => Literal("false", new JsonBool(line, column, false)),
            'n' => Literal("null", new JsonNull(line, column)),
            '-' or (>= '0' and <= '9') => new JsonNumber(line, column, ReadNumber()),
            _ => throw Error($"unexpected character '{_text[_position]}'"),
        };
        node.Place = new JsonPlace(start, _position, line, column, _line, Column, pointer);
        return node;
    }

    private JsonNode Literal(string literal, JsonNode node)
    {
        ReadLiteral(literal);
        return node;
    }

    private JsonObject ReadObject(int line, int column, int depth, string pointer)
    {
        _position++;
        var members = new List<KeyValuePair<string, JsonNode>>();
        SkipWhitespace();
        if (TryConsume('}'))
            return new JsonObject(line, column, members);
        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
                throw Error("expected a member name in double quotes");
            var name = ReadString();
            SkipWhitespace();
            Expect(':');
            SkipWhitespace();
            members.Add(new KeyValuePair<string, JsonNode>(name, ReadValue(depth + 1, JsonPlace.Child(pointer, name))));
            SkipWhitespace();
            if (TryConsume('}'))
                return new JsonObject(line, column, members);
            Expect(',');
        }
    }

    private JsonArray ReadArray(int line, int column, int depth, string pointer)
    {
        _position++;
        var items = new List<JsonNode>();
        SkipWhitespace();
        if (TryConsume(']'))
            return new JsonArray(line, column, items);
        while (true)
        {
            SkipWhitespace();
            items.Add(ReadValue(depth + 1, pointer + "/" + items.Count.ToString(CultureInfo.InvariantCulture)));
            SkipWhitespace();
            if (TryConsume(']'))
                return new JsonArray(line, column, items);
            Expect(',');
        }
    }

    private string ReadString()
    {
        _position++; // opening quote
        var value = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
                throw Error("unterminated string");
            var c = _text[_position++];
            if (c == '"')
                return WholeUnicode(value.ToString());
            if (c < ' ')
                throw Error("control character in a string");
            if (c != '\\')
            {
                value.Append(c);
                continue;
            }
            if (_position >= _text.Length)
                throw Error("unterminated escape");
            var escape = _text[_position++];
            value.Append(escape switch
            {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => ReadHexChar(),
                _ => throw Error($"invalid escape '\\{escape}'"),
            });
        }
    }

    // A lone surrogate (\uD800 alone) is not a character: it cannot be written as UTF-8, so no name,
    // enum value or event name holding one can reach the wire. Refused here, once, for every string.
    private string WholeUnicode(string value)
    {
        var at = Schema.Naming.LoneSurrogateAt(value);
        if (at >= 0)
            throw Error($"the string holds a lone surrogate (\\u{(int)value[at]:X4}), which is not a Unicode character");
        return value;
    }

    private char ReadHexChar()
    {
        if (_position + 4 > _text.Length
            || !ushort.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            throw Error("invalid \\u escape");
        }
        _position += 4;
        return (char)code;
    }

    private string ReadNumber()
    {
        var start = _position;
        TryConsume('-');
        if (!TryConsume('0'))
            ReadDigits();
        if (TryConsume('.'))
            ReadDigits();
        if (Peek() is 'e' or 'E')
        {
            _position++;
            if (Peek() is '+' or '-')
                _position++;
            ReadDigits();
        }
        return _text.Substring(start, _position - start);
    }

    private void ReadDigits()
    {
        var start = _position;
        while (Peek() is >= '0' and <= '9')
            _position++;
        if (_position == start)
            throw Error("expected a digit");
    }

    private void ReadLiteral(string literal)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
            throw Error($"unexpected character '{_text[_position]}'");
        _position += literal.Length;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length)
        {
            switch (_text[_position])
            {
                case '\n':
                    _position++;
                    _line++;
                    _lineStart = _position;
                    break;
                case '\r':
                    // A lone \r ends a line too, as the IDE counts lines; \r\n is one line break.
                    _position++;
                    if (Peek() != '\n')
                    {
                        _line++;
                        _lineStart = _position;
                    }
                    break;
                case ' ' or '\t':
                    _position++;
                    break;
                default:
                    return;
            }
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private bool TryConsume(char c)
    {
        if (Peek() != c)
            return false;
        _position++;
        return true;
    }

    private void Expect(char c)
    {
        if (!TryConsume(c))
            throw Error(_position < _text.Length ? $"expected '{c}', found '{_text[_position]}'" : $"expected '{c}', found the end of the file");
    }

    private JsonReaderException Error(string reason) => new($"{reason} (line {_line + 1}, column {Column + 1})", _line, Column, _position);
}
