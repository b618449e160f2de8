namespace SubsidyPortal.Domain.Common;

/// <summary>
/// A business rule refused a state change. <see cref="Code"/> is stable and is what the UI translates;
/// the message is for logs and developers.
/// </summary>
public sealed class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
