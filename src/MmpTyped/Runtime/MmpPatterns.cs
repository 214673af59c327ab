using System;
using System.Collections.Concurrent;
using System.ComponentModel;
using System.Text.RegularExpressions;

namespace MmpTyped.Runtime;

/// <summary>
/// The compiled <see cref="Regex"/> of each schema pattern, one per pattern for the whole process however
/// many generated classes check it. For generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class MmpPatterns
{
    // A schema's pattern may backtrack catastrophically (^(a+)+$ on "aaaa…b"): every match has this time
    // limit, and MmpChecks.IsMatch takes a match that runs out of it as no match, so Validate() answers in
    // bounded time whatever the value. ECMAScript keeps \d to ASCII digits, as JSON Schema means it;
    // .NET's non-backtracking engine cannot be combined with it.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private static readonly ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);

    /// <summary>The one <see cref="Regex"/> of <paramref name="pattern"/> (ECMAScript, 250 ms per match), made on first use.</summary>
    public static Regex Get(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return Compiled.GetOrAdd(pattern, static p => new Regex(p, RegexOptions.ECMAScript, MatchTimeout));
    }
}
