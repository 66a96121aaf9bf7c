using System.Globalization;

namespace Entrypoint.Jinja.Python;

/// <summary>
/// Python's datetime.date, as YAML timestamps without a time produce it: prints as 2001-12-14, repr
/// datetime.date(2001, 12, 14). Equal only to another date (a datetime is never equal to a date, as in Python).
/// </summary>
public sealed class PyDate : IPyObject
{
    public PyDate(int year, int month, int day)
    {
        PyDateTime.Validate(year, month, day);
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }
    public int Month { get; }
    public int Day { get; }

    public string TypeName => "date";

    public string Str() => Iso(Year, Month, Day);

    public string Repr() => string.Create(CultureInfo.InvariantCulture, $"datetime.date({Year}, {Month}, {Day})");

    public bool PyEquals(object? other) => other is PyDate d && Ordinal == d.Ordinal;

    public int PyHash() => Ordinal.GetHashCode();

    public int? CompareTo(object? other) => other is PyDate d ? Ordinal.CompareTo(d.Ordinal) : null;

    public bool TryGetAttr(string name, out object? value)
    {
        value = name switch
        {
            "year" => (long)Year,
            "month" => (long)Month,
            "day" => (long)Day,
            "isoformat" => new PyCallable((_, _) => Str()),
            "weekday" => new PyCallable((_, _) => (long)(((int)new DateOnly(Year, Month, Day).DayOfWeek + 6) % 7)),
            _ => null,
        };
        return value is not null;
    }

    public override string ToString() => Str();

    private int Ordinal => new DateOnly(Year, Month, Day).DayNumber;

    internal static string Iso(int year, int month, int day) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
}
