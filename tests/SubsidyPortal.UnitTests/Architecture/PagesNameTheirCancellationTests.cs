namespace SubsidyPortal.UnitTests.Architecture;

/// <summary>
/// A page's service calls take a token that says what it means: reads stop when the page does (PageClosing, or a
/// static page's RequestAborted, or the token a table's server load is given), commands say they run to the end
/// (CommandRunsToEnd). A bare never-cancelled token in a component is how an abandoned dashboard kept its queries
/// running on the database for seconds, so none is allowed under src/SubsidyPortal.Web/Components.
/// </summary>
public sealed class PagesNameTheirCancellationTests
{
    // Split so that this file does not hold the text it looks for.
    private static readonly string Unnamed = string.Concat("CancellationToken", ".None");

    [Fact]
    public void No_component_passes_a_never_cancelled_token_without_naming_why()
    {
        var found = Occurrences(ComponentSources()).ToList();
        Assert.True(found.Count == 0,
            $"Reads take PageClosing (or the request's or table's token), commands CommandRunsToEnd; found {Unnamed} at:\n"
            + string.Join("\n", found));
    }

    [Fact]
    public void The_scan_reads_the_components_and_reports_file_and_line()
    {
        // Guards the guard: the folder is found with its .razor and .cs files, and a planted line is reported.
        var sources = ComponentSources().ToList();
        Assert.Contains(sources, f => f.EndsWith(Path.Combine("Work", "WorkPage.cs"), StringComparison.Ordinal));
        Assert.Contains(sources, f => f.EndsWith(Path.Combine("Dashboard", "DashboardPage.razor"), StringComparison.Ordinal));

        var planted = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.razor");
        File.WriteAllLines(planted, ["@code {", $"    private Task LoadAsync() => Service.LoadAsync({Unnamed});", "}"]);
        try
        {
            var found = Assert.Single(Occurrences([planted]));
            Assert.StartsWith($"{Path.GetRelativePath(RepositoryRoot.Path, planted)}:2:", found, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(planted);
        }
    }

    private static IEnumerable<string> ComponentSources() =>
        RepositoryRoot.SourceFiles(RepositoryRoot.Combine("src", "SubsidyPortal.Web", "Components"), ".razor", ".cs");

    private static IEnumerable<string> Occurrences(IEnumerable<string> files) =>
        from file in files
        from numbered in File.ReadLines(file).Select((text, index) => (Text: text, Number: index + 1))
        where numbered.Text.Contains(Unnamed, StringComparison.Ordinal)
        select $"{Path.GetRelativePath(RepositoryRoot.Path, file)}:{numbered.Number}: {numbered.Text.Trim()}";
}
