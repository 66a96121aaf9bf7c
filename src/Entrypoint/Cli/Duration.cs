using System.Globalization;

namespace Entrypoint.Cli;

/// <summary>Durations as the command line spells them: "2" (seconds), "1.5", "500ms", "10s", "2m", "1h".</summary>
public static class Duration
{
    public static bool TryParse(string text, out TimeSpan value)
    {
        value = default;
        string t = text.Trim();
        (string number, double unitSeconds) = t switch
        {
            _ when t.EndsWith("ms", StringComparison.OrdinalIgnoreCase) => (t[..^2], 0.001),
            _ when t.EndsWith('s') || t.EndsWith('S') => (t[..^1], 1.0),
            _ when t.EndsWith('m') || t.EndsWith('M') => (t[..^1], 60.0),
            _ when t.EndsWith('h') || t.EndsWith('H') => (t[..^1], 3600.0),
            _ => (t, 1.0),
        };
        if (number.Length == 0 || !char.IsAsciiDigit(number[0]) && number[0] != '.') return false;
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double amount)) return false;
        double seconds = amount * unitSeconds;
        if (double.IsNaN(seconds) || seconds > TimeSpan.MaxValue.TotalSeconds / 2) return false;
        value = TimeSpan.FromSeconds(seconds);
        return true;
    }
}
