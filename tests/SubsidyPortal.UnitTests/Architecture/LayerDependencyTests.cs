using System.Reflection;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Enterprises;

namespace SubsidyPortal.UnitTests.Architecture;

/// <summary>The domain sits at the centre: it references neither EF Core nor ASP.NET, nor the outer layers.</summary>
public sealed class LayerDependencyTests
{
    private static readonly string[] ForbiddenInDomain =
        ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "FluentValidation", "SubsidyPortal.Application", "SubsidyPortal.Infrastructure", "SubsidyPortal.Web"];

    private static readonly string[] ForbiddenInApplication =
        ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "SubsidyPortal.Infrastructure", "SubsidyPortal.Web"];

    [Fact]
    public void The_domain_references_no_persistence_web_or_outer_layer_assembly() =>
        Assert.Empty(Offending(typeof(Enterprise).Assembly, ForbiddenInDomain));

    [Fact]
    public void The_application_layer_references_no_persistence_or_web_assembly() =>
        Assert.Empty(Offending(typeof(FieldError).Assembly, ForbiddenInApplication));

    [Fact]
    public void The_check_sees_references_when_they_exist()
    {
        // Guards the guard: this test assembly does reference the application layer.
        Assert.NotEmpty(Offending(typeof(LayerDependencyTests).Assembly, ["SubsidyPortal.Application"]));
    }

    private static List<string> Offending(Assembly assembly, string[] forbidden) =>
        assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => forbidden.Any(f => name.StartsWith(f, StringComparison.Ordinal)))
            .ToList();
}
