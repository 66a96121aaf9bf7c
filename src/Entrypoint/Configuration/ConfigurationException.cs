namespace Entrypoint.Configuration;

/// <summary>
/// The variables could not be assembled. The message is for people: which file or variable, where
/// (file:line:column and the offending line for YAML), and what to do about it.
/// </summary>
public sealed class ConfigurationException(string message) : Exception(message);
