using System.Diagnostics;

namespace Entrypoint.Jinja.Bench;

/// <summary>A plain Stopwatch loop: BenchmarkDotNet's many processes and long runs do not fit a shared 2-core box.</summary>
public static class Timing
{
    /// <summary>Best of <paramref name="rounds"/> runs of about <paramref name="seconds"/> each, in calls per second.</summary>
    public static double Rate(Action action, double seconds, int rounds)
    {
        var best = 0.0;
        for (var round = 0; round < rounds; round++)
        {
            var count = 0L;
            var watch = Stopwatch.StartNew();
            while (true)
            {
                for (var i = 0; i < 20; i++)
                    action();
                count += 20;
                if (watch.Elapsed.TotalSeconds >= seconds)
                    break;
            }
            best = Math.Max(best, count / watch.Elapsed.TotalSeconds);
        }
        return best;
    }
}
