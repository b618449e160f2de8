using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Applications;

/// <summary>征求相关部门意见: another department's opinion on an application, recorded by committee staff.</summary>
public sealed class DepartmentOpinion
{
    private DepartmentOpinion()
    {
        Department = string.Empty;
        Opinion = string.Empty;
        RecordedByName = string.Empty;
    }

    public DepartmentOpinion(Guid applicationId, string department, string opinion, Actor recordedBy, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ApplicationId = applicationId;
        Department = Guard.Required(department, "opinion.department-required", 100);
        Opinion = Guard.Required(opinion, "opinion.text-required", 2000);
        RecordedBy = recordedBy.UserId;
        RecordedByName = recordedBy.Name;
        RecordedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public string Department { get; private set; }

    public string Opinion { get; private set; }

    public Guid? RecordedBy { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
