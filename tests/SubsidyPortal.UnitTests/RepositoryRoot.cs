namespace SubsidyPortal.UnitTests;

/// <summary>The checkout the tests run from: the folder holding SubsidyPortal.sln, found upwards from the test binaries.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Found = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "SubsidyPortal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"No SubsidyPortal.sln above {AppContext.BaseDirectory}.");
    });

    public static string Path => Found.Value;

    /// <summary>A source file's or folder's path under the root, e.g. <c>("src", "SubsidyPortal.Web")</c>.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Found.Value, .. parts]);

    /// <summary>Source files under a folder, build output (bin, obj) left out.</summary>
    public static IEnumerable<string> SourceFiles(string folder, params string[] extensions) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Any(e => f.EndsWith(e, StringComparison.Ordinal)))
            .Where(f => !IsBuildOutput(System.IO.Path.GetRelativePath(folder, f)));

    private static bool IsBuildOutput(string relative) =>
        relative.Split(System.IO.Path.DirectorySeparatorChar).SkipLast(1).Any(d => d is "bin" or "obj");
}
