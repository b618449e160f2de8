using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Experts;

public enum ConflictDeclaration
{
    /// <summary>Not yet declared: the expert sees nothing of the application but its reference.</summary>
    Pending,
    NoConflict,

    /// <summary>Declared a conflict of interest: recused, and a replacement is drawn.</summary>
    Recused,
}

/// <summary>
/// One expert drawn for one application. Before seeing anything the expert declares whether they have a conflict
/// of interest (利益冲突); a declared conflict recuses them. Scores are submitted once, per rubric criterion.
/// </summary>
public sealed class ExpertAssignment
{
    private ExpertAssignment()
    {
    }

    public ExpertAssignment(Guid applicationId, Guid expertId, DateTimeOffset assignedAt, Guid? drawId = null)
    {
        Id = Guid.CreateVersion7();
        DrawId = drawId;
        ApplicationId = applicationId;
        ExpertId = expertId;
        AssignedAt = assignedAt;
        Declaration = ConflictDeclaration.Pending;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public Guid ExpertId { get; private set; }

    /// <summary>The recorded draw that chose this expert (抽取记录); null for assignments made before draws were recorded.</summary>
    public Guid? DrawId { get; private set; }

    public DateTimeOffset AssignedAt { get; private set; }

    public ConflictDeclaration Declaration { get; private set; }

    public DateTimeOffset? DeclaredAt { get; private set; }

    public string? ConflictNote { get; private set; }

    /// <summary>Criterion code → score and comment, as JSON.</summary>
    public string? ScoresJson { get; private set; }

    /// <summary>The criteria-weighted total (0–100).</summary>
    public decimal? WeightedTotal { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public bool MaySeeApplication => Declaration == ConflictDeclaration.NoConflict;

    public void DeclareNoConflict(DateTimeOffset now)
    {
        EnsurePending();
        Declaration = ConflictDeclaration.NoConflict;
        DeclaredAt = now;
    }

    public void DeclareConflict(string note, DateTimeOffset now)
    {
        EnsurePending();
        ConflictNote = Guard.Required(note, "review.conflict-note-required", 500);
        Declaration = ConflictDeclaration.Recused;
        DeclaredAt = now;
    }

    public void SubmitScores(string scoresJson, decimal weightedTotal, DateTimeOffset now)
    {
        if (Declaration != ConflictDeclaration.NoConflict)
        {
            throw new DomainException("review.declaration-required", "Declare no conflict of interest before scoring.");
        }

        if (SubmittedAt is not null)
        {
            throw new DomainException("review.already-scored", "The scores were already submitted.");
        }

        ScoresJson = scoresJson;
        WeightedTotal = weightedTotal;
        SubmittedAt = now;
    }

    private void EnsurePending()
    {
        if (Declaration != ConflictDeclaration.Pending)
        {
            throw new DomainException("review.already-declared", "The declaration was already made.");
        }
    }
}
