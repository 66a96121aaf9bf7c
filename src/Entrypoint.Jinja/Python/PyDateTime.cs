using System.Globalization;
using System.Text;

namespace Entrypoint.Jinja.Python;

/// <summary>
/// Python's datetime.datetime, naive or with a fixed UTC offset (datetime.timezone), as YAML timestamps produce it.
/// str() is '2001-12-14 21:59:43.100000-05:00' and repr() names the timezone the way Python does, so templates
/// and hooks see exactly what the Python tool showed. Aware values compare by instant; naive and aware never
/// compare equal (ordering them raises TypeError, as in Python).
/// </summary>
public sealed class PyDateTime : IPyObject
{
    public PyDateTime(int year, int month, int day, int hour, int minute, int second, int microsecond, int? offsetSeconds)
    {
        Validate(year, month, day);
        if (hour is < 0 or > 23) throw PyException.ValueError("hour must be in 0..23");
        if (minute is < 0 or > 59) throw PyException.ValueError("minute must be in 0..59");
        if (second is < 0 or > 59) throw PyException.ValueError("second must be in 0..59");
        if (microsecond is < 0 or > 999_999) throw PyException.ValueError("microsecond must be in 0..999999");
        if (offsetSeconds is { } off && Math.Abs(off) >= 86_400)
        {
            throw PyException.ValueError(
                "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not "
                + TimedeltaRepr(off) + ".");
        }
        (Year, Month, Day, Hour, Minute, Second, Microsecond, OffsetSeconds) =
            (year, month, day, hour, minute, second, microsecond, offsetSeconds);
    }

    public int Year { get; }
    public int Month { get; }
    public int Day { get; }
    public int Hour { get; }
    public int Minute { get; }
    public int Second { get; }
    public int Microsecond { get; }

    /// <summary>The UTC offset in seconds, or null for a naive datetime.</summary>
    public int? OffsetSeconds { get; }

    public string TypeName => "datetime";

    public string Str() => Format(' ');

    public string Repr()
    {
        var sb = new StringBuilder("datetime.datetime(");
        sb.Append(CultureInfo.InvariantCulture, $"{Year}, {Month}, {Day}, {Hour}, {Minute}");
        // Python drops a zero microsecond, and then a zero second, from the repr.
        if (Microsecond != 0) sb.Append(CultureInfo.InvariantCulture, $", {Second}, {Microsecond}");
        else if (Second != 0) sb.Append(CultureInfo.InvariantCulture, $", {Second}");
        if (OffsetSeconds is { } off)
        {
            sb.Append(", tzinfo=").Append(off == 0 ? "datetime.timezone.utc" : "datetime.timezone(" + TimedeltaRepr(off) + ")");
        }
        return sb.Append(')').ToString();
    }

    public bool PyEquals(object? other) =>
        other is PyDateTime d && (OffsetSeconds is null) == (d.OffsetSeconds is null) && Ticks == d.Ticks;

    public int PyHash() => Ticks.GetHashCode();

    public int? CompareTo(object? other)
    {
        if (other is not PyDateTime d) return null;
        if ((OffsetSeconds is null) != (d.OffsetSeconds is null))
        {
            throw PyException.TypeError("can't compare offset-naive and offset-aware datetimes");
        }
        return Ticks.CompareTo(d.Ticks);
    }

    public bool TryGetAttr(string name, out object? value)
    {
        value = name switch
        {
            "year" => (long)Year,
            "month" => (long)Month,
            "day" => (long)Day,
            "hour" => (long)Hour,
            "minute" => (long)Minute,
            "second" => (long)Second,
            "microsecond" => (long)Microsecond,
            "isoformat" => new PyCallable((_, _) => Format('T')),
            "date" => new PyCallable((_, _) => new PyDate(Year, Month, Day)),
            _ => null,
        };
        return value is not null;
    }

    public override string ToString() => Str();

    /// <summary>Microseconds since 0001-01-01, in UTC for aware values, so aware values compare by instant.</summary>
    private long Ticks =>
        ((new DateOnly(Year, Month, Day).DayNumber * 86_400L + Hour * 3600 + Minute * 60 + Second - (OffsetSeconds ?? 0))
         * 1_000_000L) + Microsecond;

    private string Format(char separator)
    {
        var sb = new StringBuilder(PyDate.Iso(Year, Month, Day));
        sb.Append(separator).Append(CultureInfo.InvariantCulture, $"{Hour:D2}:{Minute:D2}:{Second:D2}");
        if (Microsecond != 0) sb.Append(CultureInfo.InvariantCulture, $".{Microsecond:D6}");
        if (OffsetSeconds is { } off)
        {
            int abs = Math.Abs(off);
            sb.Append(off < 0 ? '-' : '+').Append(CultureInfo.InvariantCulture, $"{abs / 3600:D2}:{abs / 60 % 60:D2}");
            if (abs % 60 != 0) sb.Append(CultureInfo.InvariantCulture, $":{abs % 60:D2}");
        }
        return sb.ToString();
    }

    /// <summary>repr(datetime.timedelta(seconds=s)): days, then seconds normalised into 0..86399.</summary>
    private static string TimedeltaRepr(int seconds)
    {
        long days = Math.DivRem(seconds, 86_400L, out long rest);
        if (rest < 0)
        {
            days--;
            rest += 86_400;
        }
        if (days == 0 && rest == 0) return "datetime.timedelta(0)";
        var parts = new List<string>(2);
        if (days != 0) parts.Add("days=" + days.ToString(CultureInfo.InvariantCulture));
        if (rest != 0) parts.Add("seconds=" + rest.ToString(CultureInfo.InvariantCulture));
        return "datetime.timedelta(" + string.Join(", ", parts) + ")";
    }

    /// <summary>Python's date argument checks, with its messages.</summary>
    internal static void Validate(int year, int month, int day)
    {
        if (year is < 1 or > 9999) throw PyException.ValueError(string.Create(CultureInfo.InvariantCulture, $"year {year} is out of range"));
        if (month is < 1 or > 12) throw PyException.ValueError("month must be in 1..12");
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) throw PyException.ValueError("day is out of range for month");
    }
}
