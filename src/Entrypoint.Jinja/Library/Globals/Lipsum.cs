using System.Text;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Jinja.Library.Globals;

/// <summary>lipsum(n=5, html=True, min=20, max=100): random lorem ipsum paragraphs (random, so never byte-identical).</summary>
internal static class Lipsum
{
    static readonly string[] Words = ("a ac accumsan ad adipiscing aenean aliquam aliquet amet ante aptent arcu at auctor augue bibendum blandit class commodo "
        + "condimentum congue consectetuer consequat conubia convallis cras cubilia cum curabitur curae cursus dapibus diam dictum dictumst "
        + "dignissim dis dolor donec dui duis egestas eget eleifend elementum elit enim erat eros est et etiam eu euismod facilisi facilisis "
        + "fames faucibus felis fermentum feugiat fringilla fusce gravida habitant habitasse hac hendrerit hymenaeos iaculis id imperdiet in "
        + "inceptos integer interdum ipsum justo lacinia lacus laoreet lectus leo libero ligula litora lobortis lorem luctus maecenas magna "
        + "magnis malesuada massa mattis mauris metus mi molestie mollis montes morbi mus nam nascetur natoque nec neque netus nibh nisi nisl "
        + "non nonummy nostra nulla nullam nunc odio orci ornare parturient pede pellentesque penatibus per pharetra phasellus placerat platea "
        + "porta porttitor posuere potenti praesent pretium primis proin pulvinar purus quam quis quisque rhoncus ridiculus risus rutrum "
        + "sagittis sapien scelerisque sed sem semper senectus sit sociis sociosqu sodales sollicitudin suscipit suspendisse taciti tellus "
        + "tempor tempus tincidunt torquent tortor tristique turpis ullamcorper ultrices ultricies urna ut varius vehicula vel velit "
        + "venenatis vestibulum vitae vivamus viverra volutpat vulputate").Split(' ');

    public static object? Generate(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        var p = Params.Bind(new CallArguments(args, kwargs), "generate_lorem_ipsum", ["n", "html", "min", "max"], [5L, true, 20L, 100L]);
        long n = Params.ToInt(p[0]), min = Params.ToInt(p[2]), max = Params.ToInt(p[3]);
        bool html = PyOps.IsTruthy(p[1]);
        var rng = System.Random.Shared;
        var paragraphs = new List<string>();
        for (long i = 0; i < n; i++)
        {
            var sb = new StringBuilder();
            long count = rng.NextInt64(min, Math.Max(min, max) + 1);
            bool capital = true;
            for (long w = 0; w < count; w++)
            {
                string word = Words[rng.Next(Words.Length)];
                if (w > 0)
                    sb.Append(' ');
                sb.Append(capital ? char.ToUpperInvariant(word[0]) + word[1..] : word);
                capital = false;
                if (w > 0 && w % 10 == 0 && w + 1 < count)
                {
                    sb.Append('.');
                    capital = true;
                }
            }
            sb.Append('.');
            paragraphs.Add(sb.ToString());
        }
        return html ? new Runtime.Markup(string.Join("\n", paragraphs.Select(x => "<p>" + Runtime.Markup.EscapeText(x) + "</p>"))) : string.Join("\n\n", paragraphs);
    }
}
