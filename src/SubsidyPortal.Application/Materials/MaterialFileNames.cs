using System.Buffers;
using System.Globalization;
using System.Text;

namespace SubsidyPortal.Application.Materials;

/// <summary>
/// Turns the name a browser sent into one that is safe to show and to offer on download. It is never used to
/// store the file (that name is generated), only for display.
/// </summary>
public static class MaterialFileNames
{
    public const int MaxDisplayNameLength = 255;

    /// <summary>Shown when nothing usable is left of the original name.</summary>
    public const string FallbackDisplayName = "unnamed";

    private const int MaxClaimedExtensionLength = 10;

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> ExtensionCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    private static readonly SearchValues<char> Forbidden = SearchValues.Create("<>:\"/\\|?*");

    /// <summary>
    /// Drops any folder part (both / and \ count, whatever the server's OS), removes control and invisible
    /// formatting characters (e.g. the right-to-left override used to disguise "gpj.exe"), unpaired surrogates
    /// and &lt;&gt;:"/\|?*, trims spaces and trailing dots, and shortens to 255 characters keeping the extension.
    /// Returns <see cref="FallbackDisplayName"/> when nothing is left.
    /// </summary>
    public static string ToDisplayName(string? originalName)
    {
        if (string.IsNullOrEmpty(originalName))
        {
            return FallbackDisplayName;
        }

        var lastName = originalName[(originalName.AsSpan().LastIndexOfAny('/', '\\') + 1)..];
        var kept = new StringBuilder(lastName.Length);
        for (var i = 0; i < lastName.Length; i++)
        {
            var c = lastName[i];
            if (char.IsHighSurrogate(c) && i + 1 < lastName.Length && char.IsLowSurrogate(lastName[i + 1]))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(lastName, i) != UnicodeCategory.Format)
                {
                    kept.Append(c).Append(lastName[i + 1]);
                }

                i++;
            }
            else if (!char.IsSurrogate(c) && !char.IsControl(c) && !Forbidden.Contains(c)
                     && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                kept.Append(c);
            }
        }

        var name = TrimSpacesAndTrailingDots(kept.ToString());
        if (name.Length > MaxDisplayNameLength)
        {
            name = Shorten(name);
        }

        return name.Length == 0 ? FallbackDisplayName : name;
    }

    /// <summary>
    /// The extension a name claims, with its dot (e.g. ".pdf"), or "" when it ends in nothing that looks like one:
    /// 1–10 ASCII letters and digits with at least one letter, so "营业执照 v1.2" and "报告.2024" claim no type.
    /// </summary>
    public static string ClaimedExtension(string name)
    {
        var dot = name.LastIndexOf('.');
        if (dot < 0)
        {
            return "";
        }

        var tail = name.AsSpan(dot + 1);
        return tail.Length is >= 1 and <= MaxClaimedExtensionLength
               && !tail.ContainsAnyExcept(ExtensionCharacters)
               && tail.ContainsAny(AsciiLetters)
            ? name[dot..]
            : "";
    }

    private static string TrimSpacesAndTrailingDots(string name)
    {
        var span = name.AsSpan().Trim();
        while (span.Length > 0 && (span[^1] == '.' || char.IsWhiteSpace(span[^1])))
        {
            span = span[..^1];
        }

        return span.Length == name.Length ? name : span.ToString();
    }

    private static string Shorten(string name)
    {
        var extension = ClaimedExtension(name);
        var stemLength = MaxDisplayNameLength - extension.Length;
        if (char.IsHighSurrogate(name[stemLength - 1]))
        {
            stemLength--; // never cut a character in half
        }

        return TrimSpacesAndTrailingDots(name[..stemLength]) + extension;
    }
}
