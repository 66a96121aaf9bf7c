// Process-level tests signal, count and time real processes; running them one at a time keeps them independent
// of each other on a small shared machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
