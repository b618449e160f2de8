using System.Reflection;
using NetArchTest.Rules;

namespace SubsidyPortal.UnitTests.Architecture;

/// <summary>
/// Pages and every other class of the web host talk to application services, never to EF Core: the database is
/// behind the use cases the Infrastructure layer implements. Checked on the compiled Web assembly (Razor components
/// are classes there) and on the .razor sources.
/// </summary>
public sealed class PagesUseApplicationServicesTests
{
    private static readonly Assembly Web = typeof(SubsidyPortal.Web.Program).Assembly;

    [Fact]
    public void No_web_type_depends_on_EF_Core_or_the_DbContext()
    {
        var result = Types.InAssembly(Web)
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "SubsidyPortal.Infrastructure.Persistence.PortalDbContext")
            .GetResult();
        Assert.True(result.IsSuccessful, "These reach EF Core: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_web_assembly_does_not_even_reference_EF_Core() =>
        Assert.DoesNotContain(Web.GetReferencedAssemblies(), a => a.Name!.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));

    [Fact]
    public void No_razor_file_injects_a_DbContext()
    {
        var offending = RazorFiles().Where(f => File.ReadLines(f).Any(l => l.TrimStart().StartsWith("@inject", StringComparison.Ordinal) && l.Contains("DbContext", StringComparison.Ordinal)))
            .Select(Path.GetFileName).ToList();
        Assert.Empty(offending);
    }

    [Fact]
    public void The_checks_see_a_dependency_where_there_is_one()
    {
        // Guards the guard: the Infrastructure assembly does use the DbContext, and the source scan finds files.
        var result = Types.InAssembly(typeof(SubsidyPortal.Infrastructure.Persistence.PortalDbContext).Assembly)
            .ShouldNot().HaveDependencyOnAny("SubsidyPortal.Infrastructure.Persistence.PortalDbContext").GetResult();
        Assert.False(result.IsSuccessful);
        Assert.NotEmpty(RazorFiles());
    }

    private static IEnumerable<string> RazorFiles() =>
        RepositoryRoot.SourceFiles(RepositoryRoot.Combine("src", "SubsidyPortal.Web"), ".razor");
}
