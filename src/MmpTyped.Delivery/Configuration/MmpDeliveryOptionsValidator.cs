using System;
using System.Collections.Generic;
using Microsoft.Extensions.Options;

namespace MmpTyped.Delivery.Configuration;

/// <summary>
/// Checks the delivery settings at start-up: at least one vendor has its credential, every URL is absolute
/// http(s), and the retry numbers make sense. Each failure names the setting to fix.
/// </summary>
internal sealed class MmpDeliveryOptionsValidator : IValidateOptions<MmpDeliveryOptions>
{
    public ValidateOptionsResult Validate(string? name, MmpDeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        MmpVendorOptions[] vendors = [options.AppsFlyer, options.Airbridge, options.Affise];
        var anyCredential = false;
        foreach (var vendor in vendors)
        {
            anyCredential |= !string.IsNullOrWhiteSpace(vendor.Credential);
            var prefix = vendor.CredentialSetting[..vendor.CredentialSetting.LastIndexOf(':')];
            if (vendor.BaseUrl is { } url && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
                failures.Add($"{prefix}:BaseUrl must be an absolute http or https URL.");
            if (vendor.BaseUrl is not null && string.IsNullOrWhiteSpace(vendor.Credential))
                failures.Add($"{vendor.CredentialSetting} is not set, but {prefix}:BaseUrl is: set the credential to send to that vendor.");
            if (vendor.PermitsPerMinute is <= 0)
                failures.Add($"{prefix}:PermitsPerMinute must be positive.");
        }
        if (!anyCredential)
            failures.Add($"No vendor is configured: set {options.AppsFlyer.CredentialSetting}, {options.Airbridge.CredentialSetting} or {options.Affise.CredentialSetting}.");

        var retry = options.Delivery;
        if (retry.MaxAttempts < 1)
            failures.Add("MmpTyped:Delivery:MaxAttempts must be at least 1.");
        if (retry.RetryBudget <= TimeSpan.Zero)
            failures.Add("MmpTyped:Delivery:RetryBudget must be positive.");
        if (retry.BaseDelay < TimeSpan.Zero || retry.MaxDelay < retry.BaseDelay)
            failures.Add("MmpTyped:Delivery:BaseDelay must be at least zero and no longer than MmpTyped:Delivery:MaxDelay.");
        if (retry.AttemptTimeout <= TimeSpan.Zero)
            failures.Add("MmpTyped:Delivery:AttemptTimeout must be positive.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
