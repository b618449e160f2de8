using Xunit;

namespace SubsidyPortal.Testing;

/// <summary>A test class's own portal and database, started once for the class (xunit class fixture).</summary>
public class PortalFixture : IAsyncLifetime
{
    private PortalFactory? _factory;

    public PortalFactory Factory => _factory ?? throw new InvalidOperationException("Fixture not initialised.");

    public async Task InitializeAsync()
    {
        _factory = await PortalFactory.CreateAsync(GetType().Name);
        // Creating a client starts the host: migrations and demo data are in place before the first test.
        Factory.CreateClient().Dispose();
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
