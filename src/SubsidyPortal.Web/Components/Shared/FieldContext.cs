namespace SubsidyPortal.Web.Components.Shared;

/// <summary>What an input inside <see cref="Field"/> needs: its id and the ids that describe it.</summary>
public sealed record FieldContext(string Id, string DescribedBy);
