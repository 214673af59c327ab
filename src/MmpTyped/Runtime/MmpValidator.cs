using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace MmpTyped.Runtime;

/// <summary>
/// Collects the errors of one <see cref="IMmpEvent.Validate()"/> call. It keeps the path to the object
/// being checked as a stack of member names and builds a path string only for an error, and is reused
/// per thread, so validating a valid message allocates nothing. For generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MmpValidator
{
    [ThreadStatic] private static MmpValidator? t_cached;

    private (string? Name, int Index)[] _path = new (string?, int)[16];
    private int _depth;
    private List<MmpError>? _errors;

    private MmpValidator(TimeProvider time) => Time = time;

    /// <summary>
    /// The deepest path checked, in objects and arrays: as deep as MmpTyped's parsers read JSON. Only an
    /// object graph built in code goes deeper, and a cycle in one (a node that is its own descendant)
    /// never ends: <see cref="Enter(string)"/> past this depth reports MMP004 at the path and throws
    /// <see cref="MmpValidationDepthException"/>, which <c>Validate()</c> catches, instead of recursing
    /// until the stack overflows.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>The clock timestamp windows are checked against.</summary>
    public TimeProvider Time { get; private set; }

    /// <summary>A validator for one call; give it back with <see cref="Return"/>.</summary>
    public static MmpValidator Rent(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var validator = t_cached;
        if (validator is null)
            return new MmpValidator(time);
        t_cached = null;
        validator.Time = time;
        return validator;
    }

    /// <summary>Makes the validator available to the next call on this thread.</summary>
    public static void Return(MmpValidator validator)
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator._depth = 0;
        validator._errors = null;
        t_cached = validator;
    }

    /// <summary>Steps into a member object.</summary>
    public void Enter(string member) => Push((member, -1));

    /// <summary>Steps into an array element.</summary>
    public void Enter(int index) => Push((null, index));

    /// <summary>Steps back out.</summary>
    public void Exit() => _depth--;

    /// <summary>Records an error at <paramref name="member"/> of the current object (or at the object itself when null).</summary>
    public void Add(string code, string? member, string message)
    {
        (_errors ??= []).Add(new MmpError(code, PathTo(member), message));
    }

    /// <summary>Whether an error with <paramref name="code"/> has been recorded.</summary>
    public bool Has(string code)
    {
        if (_errors is null)
            return false;
        foreach (var error in _errors)
        {
            if (error.Code == code)
                return true;
        }
        return false;
    }

    /// <summary>The result: the shared valid result when nothing was recorded.</summary>
    public MmpValidationResult ToResult() =>
        _errors is null ? MmpValidationResult.Valid : new MmpValidationResult(_errors.ToArray());

    /// <summary>The JSON path of a member of the current object, for messages: <c>$.device.osName</c>.</summary>
    public string PathTo(string? member)
    {
        var path = new StringBuilder("$");
        for (var i = 0; i < _depth; i++)
        {
            if (_path[i].Name is { } name)
                path.Append('.').Append(name);
            else
                path.Append('[').Append(_path[i].Index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
        if (member is not null)
            path.Append('.').Append(member);
        return path.ToString();
    }

    private void Push((string?, int) segment)
    {
        if (_depth == _path.Length)
            Array.Resize(ref _path, _depth * 2);
        _path[_depth++] = segment;
        if (_depth > MaxDepth)
        {
            Add(MmpErrorCodes.InvalidValue, null, string.Create(CultureInfo.InvariantCulture,
                $"This value is nested more than {MaxDepth} objects and arrays deep, deeper than a parser reads back: is an object its own descendant (a cycle)? Nothing deeper is checked."));
            throw new MmpValidationDepthException();
        }
    }
}
