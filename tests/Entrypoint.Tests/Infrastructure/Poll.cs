using System.Diagnostics;

namespace Entrypoint.Tests.Infrastructure;

/// <summary>Waiting without asserting durations: poll a condition until it holds or a generous deadline passes.</summary>
public static class Poll
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    public static bool Until(Func<bool> condition, TimeSpan? deadline = null)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < (deadline ?? Deadline))
        {
            if (condition()) return true;
            Thread.Sleep(20);
        }
        return condition();
    }

    public static void Assert(Func<bool> condition, string what, TimeSpan? deadline = null)
    {
        if (!Until(condition, deadline)) throw new Xunit.Sdk.XunitException($"gave up waiting: {what}");
    }
}
