using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace MmpTyped.Tests.Adversarial;

/// <summary>
/// Runs hostile inputs through one subject and records what broke a promise: <c>Parse</c> throws only
/// <see cref="MmpParseException"/>, <c>TryParse</c> and <c>Validate()</c> never throw and agree with
/// <c>Parse</c>, what parses can be written, what is written reads back to the same writing and the same
/// errors (idempotent), and, for an input without duplicate keys, the writing holds the input's JSON.
/// </summary>
internal sealed class AdversarialRun(Subject subject)
{
    private readonly int[,] _outcomes = new int[Enum.GetValues<Strategy>().Length, 2]; // [strategy, parsed?]

    public List<string> Failures { get; } = [];

    public volatile HostileInput? Current;

    public int Inputs { get; private set; }

    public int Calls { get; private set; }

    public (int Parsed, int Rejected) Totals(Strategy strategy) => (_outcomes[(int)strategy, 1], _outcomes[(int)strategy, 0]);

    public void Execute(int count)
    {
        var inputs = new HostileInputs(subject.SchemaId);
        for (var i = 0; i < count; i++)
        {
            var input = inputs.Next(i);
            Current = input;
            Inputs++;
            var parsed = Check(input);
            if (parsed is bool outcome)
                _outcomes[(int)input.Strategy, outcome ? 1 : 0]++;
        }
    }

    private bool? Check(HostileInput input)
    {
        IMmpEvent? message;
        MmpError? error;
        try
        {
            Calls++;
            subject.TryParse(input.Bytes, out message, out error);
        }
        catch (Exception e)
        {
            return Fail(input, $"TryParse threw {e.GetType().Name}: {e.Message}");
        }
        try
        {
            Calls++;
            _ = subject.Parse(input.Bytes);
            if (message is null)
                return Fail(input, $"Parse accepted what TryParse refused ({error})");
        }
        catch (MmpParseException)
        {
            if (message is not null)
                return Fail(input, "Parse refused what TryParse accepted");
            return error is { Code: MmpErrorCodes.Unreadable } ? false : Fail(input, $"TryParse refused with {error?.Code}, not {MmpErrorCodes.Unreadable}");
        }
        catch (Exception e)
        {
            return Fail(input, $"Parse threw {e.GetType().Name}: {e.Message}");
        }

        string written, again;
        MmpValidationResult first, second;
        try
        {
            Calls += 4;
            first = message!.Validate();
            written = MmpJson.Serialize(message);
            if (!subject.TryParse(Encoding.UTF8.GetBytes(written), out var reread, out var rereadError))
                return Fail(input, $"what was written does not parse: {rereadError}");
            second = reread!.Validate();
            again = MmpJson.Serialize(reread);
        }
        catch (Exception e)
        {
            return Fail(input, $"Validate or writing threw {e.GetType().Name}: {e.Message}");
        }
        if (written != again)
            return Fail(input, $"writing is not idempotent:\n    {Head(written)}\n    {Head(again)}");
        var firstErrors = string.Join("; ", first.Errors.Select(e => e.Code + " " + e.Path));
        var secondErrors = string.Join("; ", second.Errors.Select(e => e.Code + " " + e.Path));
        if (firstErrors != secondErrors)
            return Fail(input, $"the errors changed on the way through writing: [{firstErrors}] -> [{secondErrors}]");
        if (Canonical.Of(input.Bytes) is { } sent && Canonical.Of(Encoding.UTF8.GetBytes(written)) is { } kept && sent != kept)
            return Fail(input, $"the writing is not the JSON that was accepted:\n    sent    {Head(sent)}\n    written {Head(kept)}");
        return true;
    }

    private bool? Fail(HostileInput input, string what)
    {
        Failures.Add($"{subject}: {what}\n  {input.Describe()}");
        return null;
    }

    private static string Head(string text) => text.Length <= 400 ? text : text[..400] + "...";

    /// <summary>
    /// JSON in a form that ignores member order and white space and keeps every value's text (numbers as
    /// written); null for a document with a duplicate key (its writing holds the last occurrence only).
    /// </summary>
    private static class Canonical
    {
        public static string? Of(byte[] json)
        {
            try
            {
                using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 1_000 });
                var text = new StringBuilder();
                return Write(document.RootElement, text) ? text.ToString() : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private static bool Write(JsonElement element, StringBuilder text)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var members = element.EnumerateObject().Select(m => (m.Name, Value: m.Value)).ToList();
                    if (members.Select(m => m.Name).Distinct(StringComparer.Ordinal).Count() != members.Count)
                        return false;
                    text.Append('{');
                    foreach (var (name, value) in members.OrderBy(m => m.Name, StringComparer.Ordinal))
                    {
                        text.Append(JsonSerializer.Serialize(name)).Append(':');
                        if (!Write(value, text))
                            return false;
                        text.Append(',');
                    }
                    text.Append('}');
                    return true;
                case JsonValueKind.Array:
                    text.Append('[');
                    foreach (var item in element.EnumerateArray())
                    {
                        if (!Write(item, text))
                            return false;
                        text.Append(',');
                    }
                    text.Append(']');
                    return true;
                case JsonValueKind.String:
                    // Compared decoded (escapes are the writer's choice); text that does not decode by its raw form.
                    string decoded;
                    try
                    {
                        decoded = element.GetString()!;
                    }
                    catch (InvalidOperationException)
                    {
                        decoded = "raw " + element.GetRawText();
                    }
                    text.Append(JsonSerializer.Serialize(decoded));
                    return true;
                default:
                    text.Append(element.GetRawText());
                    return true;
            }
        }
    }
}
