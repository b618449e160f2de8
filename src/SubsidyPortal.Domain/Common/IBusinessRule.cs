namespace SubsidyPortal.Domain.Common;

/// <summary>
/// One business rule a state change must respect: its own small class with a stable code (what the UI
/// translates) and a message for logs.
/// </summary>
public interface IBusinessRule
{
    string Code { get; }

    string Message { get; }

    bool IsBroken();
}

public static class BusinessRules
{
    /// <summary>Refuses the change with the first broken rule's code.</summary>
    public static void Check(IBusinessRule rule)
    {
        if (rule.IsBroken())
        {
            throw new DomainException(rule.Code, rule.Message);
        }
    }
}
