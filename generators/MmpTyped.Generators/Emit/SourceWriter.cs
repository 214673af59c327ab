using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace MmpTyped.Generators.Emit;

/// <summary>
/// An indented text writer for generated C#, after System.Text.Json's: multi-line (raw) strings are
/// re-indented line by line, so templates read like the code they produce.
/// </summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new(4096);
    private int _indentation;

    /// <summary>A writer that has written the generated-file header and, when given, the file-scoped namespace.</summary>
    public static SourceWriter ForFile(string? ns = null)
    {
        var writer = new SourceWriter();
        writer.WriteLine(Syntax.Header);
        if (ns is not null)
        {
            writer.WriteLine($"namespace {ns};");
            writer.WriteLine();
        }
        return writer;
    }

    public void WriteLine() => _text.Append('\n');

    public void WriteLine(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length > 0)
                _text.Append(' ', _indentation * 4).Append(trimmed);
            _text.Append('\n');
        }
    }

    /// <summary>Writes <c>{</c>, and indents until the returned scope is disposed, which writes <c>}</c>.</summary>
    public Scope Block(string header, string close = "}")
    {
        WriteLine(header);
        WriteLine("{");
        _indentation++;
        return new Scope(this, close);
    }

    /// <summary>A bare <c>{ }</c> scope, for locals that must not meet their neighbours.</summary>
    public Scope Braces()
    {
        WriteLine("{");
        _indentation++;
        return new Scope(this, "}");
    }

    public void Indent() => _indentation++;

    public void Unindent() => _indentation--;

    public SourceText ToSourceText()
    {
        if (_indentation != 0)
            throw new InvalidOperationException("Generated source left a block open.");
        return SourceText.From(_text.ToString(), Encoding.UTF8);
    }

    public override string ToString() => _text.ToString();

    public readonly struct Scope(SourceWriter writer, string close) : IDisposable
    {
        // default(Scope) is "no scope", for a block that is only sometimes there.
        public void Dispose()
        {
            if (writer is null)
                return;
            writer._indentation--;
            writer.WriteLine(close);
        }
    }
}
