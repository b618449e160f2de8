namespace SubsidyPortal.Testing;

public static class ResponseExtensions
{
    /// <summary>The redirect target as path and query, whether the server sent it absolute or relative.</summary>
    public static string LocationPath(this HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"{(int)response.StatusCode} is not a redirect.");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }
}
