using Entrypoint.Jinja.Python;

namespace Entrypoint.Configuration.Yaml;

/// <summary>
/// YAML 1.1 timestamps as PyYAML reads them: "2001-12-14" becomes datetime.date; with a time it becomes
/// datetime.datetime, the fraction cut (not rounded) to microseconds, "Z" meaning UTC and "-5" or "+05:30"
/// a fixed offset. Out-of-range fields raise Python's ValueError, as PyYAML lets them through.
/// </summary>
internal sealed record YamlTimestamp(
    string Year, string Month, string Day, string? Hour, string? Minute, string? Second, string? Fraction,
    bool Utc, char? OffsetSign, string? OffsetHour, string? OffsetMinute)
{
    /// <summary>
    /// Untagged scalars are only timestamps when a date has two-digit month and day or a time follows;
    /// an explicit !!timestamp also accepts 2001-1-1.
    /// </summary>
    public bool IsImplicit => Hour is not null || (Month.Length == 2 && Day.Length == 2);

    /// <summary>Splits the text into fields, or returns null when it is not a timestamp at all.</summary>
    public static YamlTimestamp? Parse(string s)
    {
        var r = new Cursor(s);
        var year = r.Digits(4, 4);
        if (year is null || !r.Take('-')) return null;
        var month = r.Digits(1, 2);
        if (month is null || !r.Take('-')) return null;
        var day = r.Digits(1, 2);
        if (day is null) return null;
        if (r.AtEnd) return new(year, month, day, null, null, null, null, false, null, null, null);

        if (!r.Take('T') && !r.Take('t') && r.Blanks() == 0) return null;
        var hour = r.Digits(1, 2);
        if (hour is null || !r.Take(':')) return null;
        var minute = r.Digits(2, 2);
        if (minute is null || !r.Take(':')) return null;
        var second = r.Digits(2, 2);
        if (second is null) return null;
        string? fraction = r.Take('.') ? r.Digits(0, int.MaxValue) : null;
        r.Blanks();
        bool utc = false;
        char? sign = null;
        string? offsetHour = null, offsetMinute = null;
        if (r.Take('Z'))
        {
            utc = true;
        }
        else if (r.Peek is '+' or '-')
        {
            sign = r.Next();
            offsetHour = r.Digits(1, 2);
            if (offsetHour is null) return null;
            if (r.Take(':') && (offsetMinute = r.Digits(2, 2)) is null) return null;
        }
        return r.AtEnd ? new(year, month, day, hour, minute, second, fraction, utc, sign, offsetHour, offsetMinute) : null;
    }

    /// <summary>The Python value: datetime.date or datetime.datetime.</summary>
    public object ToPython()
    {
        int year = int.Parse(Year, System.Globalization.CultureInfo.InvariantCulture);
        int month = Number(Month), day = Number(Day);
        if (Hour is null) return new PyDate(year, month, day);
        int microsecond = 0;
        if (!string.IsNullOrEmpty(Fraction))
        {
            microsecond = Number(Fraction.Length >= 6 ? Fraction[..6] : Fraction.PadRight(6, '0'));
        }
        int? offset = null;
        if (OffsetSign is { } sign)
        {
            int seconds = Number(OffsetHour!) * 3600 + (OffsetMinute is null ? 0 : Number(OffsetMinute) * 60);
            offset = sign == '-' ? -seconds : seconds;
        }
        else if (Utc)
        {
            offset = 0;
        }
        return new PyDateTime(year, month, day, Number(Hour), Number(Minute!), Number(Second!), microsecond, offset);
    }

    private static int Number(string digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);

    private ref struct Cursor(string text)
    {
        private int _at;

        public readonly bool AtEnd => _at == text.Length;
        public readonly char Peek => AtEnd ? '\0' : text[_at];
        public char Next() => text[_at++];

        public bool Take(char c)
        {
            if (Peek != c || AtEnd) return false;
            _at++;
            return true;
        }

        /// <summary>Spaces and tabs; how many were skipped.</summary>
        public int Blanks()
        {
            int start = _at;
            while (!AtEnd && text[_at] is ' ' or '\t') _at++;
            return _at - start;
        }

        /// <summary>Between min and max ASCII digits (greedy), or null when fewer than min.</summary>
        public string? Digits(int min, int max)
        {
            int start = _at;
            while (!AtEnd && _at - start < max && char.IsAsciiDigit(text[_at])) _at++;
            return _at - start >= min ? text[start.._at] : null;
        }
    }
}
