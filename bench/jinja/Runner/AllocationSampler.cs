using System.Diagnostics.Tracing;

namespace Entrypoint.Jinja.Bench;

/// <summary>
/// Counts the runtime's GC allocation-tick samples (one per ~100 KB allocated) by type, to see which
/// objects a render allocates most. Profiling aid: set BENCH_ALLOCATIONS=1 with a single template.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    readonly Dictionary<string, long> _bytesByType = [];

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
            return;
        int typeIndex = e.PayloadNames!.IndexOf("TypeName");
        int amountIndex = e.PayloadNames.IndexOf("AllocationAmount64");
        var type = typeIndex >= 0 ? e.Payload[typeIndex] as string ?? "?" : "?";
        long amount = amountIndex >= 0 ? Convert.ToInt64(e.Payload[amountIndex], System.Globalization.CultureInfo.InvariantCulture) : 0;
        lock (_bytesByType)
            _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
    }

    public void Report()
    {
        lock (_bytesByType)
        {
            long total = _bytesByType.Values.Sum();
            foreach (var (type, bytes) in _bytesByType.OrderByDescending(kv => kv.Value).Take(25))
                Console.WriteLine($"{100.0 * bytes / total,5:F1}%  {type}");
        }
    }
}
