using Entrypoint.Jinja.Python;

namespace Entrypoint.Configuration.Yaml;

/// <summary>
/// !!binary as PyYAML decodes it (base64.decodebytes): characters outside the alphabet are skipped, decoding
/// stops at complete padding, and a dangling group is an error with binascii's message.
/// </summary>
internal static class YamlBinary
{
    public static PyBytes Decode(string text)
    {
        var output = new List<byte>(text.Length * 3 / 4);
        int quad = 0, pads = 0, leftover = 0, dataChars = 0;
        foreach (char c in text)
        {
            if (c > 127) throw new FormatException("failed to convert base64 data into ascii: 'ascii' codec can't encode character");
            if (c == '=')
            {
                if (quad >= 2 && quad + ++pads >= 4) return new PyBytes([.. output]);
                continue;
            }
            int v = Sextet(c);
            if (v < 0) continue;
            dataChars++;
            pads = 0;
            switch (quad)
            {
                case 0: leftover = v; quad = 1; break;
                case 1: output.Add((byte)((leftover << 2) | (v >> 4))); leftover = v & 0x0f; quad = 2; break;
                case 2: output.Add((byte)((leftover << 4) | (v >> 2))); leftover = v & 0x03; quad = 3; break;
                default: output.Add((byte)((leftover << 6) | v)); quad = 0; break;
            }
        }
        if (quad == 1)
        {
            throw new FormatException("failed to decode base64 data: Invalid base64-encoded string: number of data characters ("
                + dataChars + ") cannot be 1 more than a multiple of 4");
        }
        if (quad != 0) throw new FormatException("failed to decode base64 data: Incorrect padding");
        return new PyBytes([.. output]);
    }

    private static int Sextet(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '+' => 62,
        '/' => 63,
        _ => -1,
    };
}
