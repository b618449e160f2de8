namespace SubsidyPortal.Web;

/// <summary>
/// Marker for the application-workflow UI strings (calls, filing, review, notices) in
/// Resources/WorkflowResource.resx (Chinese) and WorkflowResource.en.resx (English).
/// </summary>
public sealed class WorkflowResource;
