using System.Text.Json.Serialization;

namespace Entrypoint.Jinja.Bench;

/// <summary>Source-generated JSON for the few strings the runner serializes (no reflection: AOT analyzers are on).</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class BenchJson : JsonSerializerContext;
