using System;
using System.Threading.Tasks;

namespace MmpTyped.AspNetCore.Tests.Infrastructure;

/// <summary>Polls a condition a bounded number of times: the background worker's effects show up after the answer.</summary>
internal static class Wait
{
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        for (var i = 0; i < seconds * 10; i++)
        {
            if (await condition())
                return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"Not within {seconds} s: {what}.");
    }
}
