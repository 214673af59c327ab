using System;
using System.Collections.Generic;
using Microsoft.Extensions.Options;

namespace MmpTyped.Outbox.Dispatch;

/// <summary>Checks the dispatcher's settings at start-up; each failure names its setting.</summary>
internal sealed class OutboxDispatcherOptionsValidator : IValidateOptions<OutboxDispatcherOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxDispatcherOptions options)
    {
        var problems = new List<string>();
        AtLeast(problems, nameof(options.BatchSize), options.BatchSize, 1, 10_000);
        AtLeast(problems, nameof(options.Concurrency), options.Concurrency, 1, 1_000);
        AtLeast(problems, nameof(options.ReplayUnsafeConcurrency), options.ReplayUnsafeConcurrency, 1, 1_000);
        AtLeast(problems, nameof(options.MaxAttempts), options.MaxAttempts, 1, 100_000);
        AtLeast(problems, nameof(options.CleanupBatchSize), options.CleanupBatchSize, 1, 1_000_000);
        Positive(problems, nameof(options.LeaseDuration), options.LeaseDuration);
        Positive(problems, nameof(options.IdleDelay), options.IdleDelay);
        Positive(problems, nameof(options.BaseDelay), options.BaseDelay);
        Positive(problems, nameof(options.MaxDelay), options.MaxDelay);
        Positive(problems, nameof(options.Retention), options.Retention);
        Positive(problems, nameof(options.CleanupInterval), options.CleanupInterval);
        if (options.ShutdownGrace < TimeSpan.Zero)
            problems.Add($"{OutboxDispatcherOptions.SectionName}:{nameof(options.ShutdownGrace)} must not be negative; it is {options.ShutdownGrace}.");
        if (options.MaxDelay < options.BaseDelay)
            problems.Add($"{OutboxDispatcherOptions.SectionName}:{nameof(options.MaxDelay)} ({options.MaxDelay}) must not be shorter than {nameof(options.BaseDelay)} ({options.BaseDelay}).");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void AtLeast(List<string> problems, string setting, int value, int min, int max)
    {
        if (value < min || value > max)
            problems.Add($"{OutboxDispatcherOptions.SectionName}:{setting} must be from {min} to {max}; it is {value}.");
    }

    private static void Positive(List<string> problems, string setting, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
            problems.Add($"{OutboxDispatcherOptions.SectionName}:{setting} must be longer than zero; it is {value}.");
    }
}
