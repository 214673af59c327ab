using System;
using System.Collections.Generic;
using System.Net;
using Microsoft.Extensions.Options;

namespace MmpTyped.AspNetCore;

/// <summary>Checks the receiver's settings at start-up; each failure names the setting and never shows the token.</summary>
internal sealed class AppsFlyerPushReceiverOptionsValidator : IValidateOptions<AppsFlyerPushReceiverOptions>
{
    private const string Section = AppsFlyerPushReceiverOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, AppsFlyerPushReceiverOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrEmpty(options.Token))
            failures.Add($"{Section}:Token is missing: set it to the Push API token configured for the app in AppsFlyer.");
        else if (options.Token.Length > 2000 || !TokenCharacters(options.Token))
            failures.Add($"{Section}:Token is not a token AppsFlyer can send: at most 2000 characters of letters, digits, space, tab, '-', '_' and '.'.");
        if (!IsTokenHeaderName(options.TokenHeader))
            failures.Add($"{Section}:TokenHeader '{options.TokenHeader}' is not a header AppsFlyer can send the token in: 'Authorization' or 'X-…' (at most 30 letters, digits, '-' and '_').");
        if (options.MaxMessageBytes <= 0)
            failures.Add($"{Section}:MaxMessageBytes must be positive (it is {options.MaxMessageBytes}).");
        foreach (var range in options.AllowedSources)
        {
            if (!IPNetwork.TryParse(range, out _))
                failures.Add($"{Section}:AllowedSources holds '{range}', which is not a CIDR range such as 45.92.116.0/22.");
        }
        var worker = options.Worker;
        if (worker.BatchSize <= 0)
            failures.Add($"{Section}:Worker:BatchSize must be positive.");
        if (worker.MaxAttempts <= 0)
            failures.Add($"{Section}:Worker:MaxAttempts must be positive.");
        if (worker.LeaseDuration <= TimeSpan.Zero || worker.PollInterval <= TimeSpan.Zero || worker.RetryDelay < TimeSpan.Zero || worker.MaxRetryDelay < worker.RetryDelay)
            failures.Add($"{Section}:Worker: LeaseDuration and PollInterval must be positive, and MaxRetryDelay at least RetryDelay.");
        if (worker.DeduplicationWindow < TimeSpan.Zero)
            failures.Add($"{Section}:Worker:DeduplicationWindow must not be negative.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // AppsFlyer's token API: token matches ^[ \t\-_.a-zA-Z0-9]*$.
    private static bool TokenCharacters(string token)
    {
        foreach (var c in token)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is ' ' or '\t' or '-' or '_' or '.'))
                return false;
        }
        return true;
    }

    // AppsFlyer's token API: token_name is Authorization or X-…, at most 30 characters.
    private static bool IsTokenHeaderName(string? header)
    {
        if (string.IsNullOrEmpty(header) || header.Length > 30)
            return false;
        if (string.Equals(header, "Authorization", StringComparison.OrdinalIgnoreCase))
            return true;
        if (!header.StartsWith("X-", StringComparison.OrdinalIgnoreCase) || header.Length == 2)
            return false;
        foreach (var c in header)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
                return false;
        }
        return true;
    }
}
