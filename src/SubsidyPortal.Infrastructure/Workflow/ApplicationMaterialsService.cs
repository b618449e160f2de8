using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Materials;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Workflow;

/// <summary>
/// 申报材料: uploads checked from their content before anything is stored, then the file and its checklist entry
/// saved in one transaction, so a refused or failed upload leaves nothing behind.
/// </summary>
public sealed class ApplicationMaterialsService(PortalDbContext db, IFileStore files, IClock clock)
{
    public const string FileField = "File";

    /// <summary>The checklist item an upload is for (0-based, as <see cref="ApplicationMaterial.ItemIndex"/>).</summary>
    public const string ItemField = "ItemIndex";

    public async Task<CommandResult> UploadAsync(Guid applicationId, int itemIndex, Stream content, string? fileName, Actor actor, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Materials)
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.EnterpriseId == actor.EnterpriseId, cancellationToken);
        if (application is null)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("application.not-found"));
        }

        // An item the checklist does not have is refused before the file is read: never stored, nor filed under another.
        if (itemIndex < 0 || itemIndex >= application.RequiredMaterials.Count)
        {
            return CommandResult.Fail(ItemField, ValidationText.Get("application.material-item-unknown"));
        }

        var inspected = await MaterialFileInspector.InspectAsync(content, fileName, cancellationToken);
        if (inspected is MaterialInspectionResult.Refused refused)
        {
            return new CommandResult([refused.ToFieldError(FileField)]);
        }

        var accepted = (MaterialInspectionResult.Accepted)inspected;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await using var stream = accepted.OpenRead();
            var stored = await files.SaveAsync(accepted.StoredName, accepted.ContentType, stream, cancellationToken);
            var material = new ApplicationMaterial(application.Id, itemIndex, application.RequiredMaterials[itemIndex], stored.Id, accepted.DisplayName, accepted.ContentType, accepted.Length, accepted.Sha256, clock.Now);
            application.AttachMaterial(material, clock.Now);
            db.ApplicationMaterials.Add(material);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return CommandResult.Success;
        }
        catch (DomainException e)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return e.ToCommandResult(FileField);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return CommandResult.Fail(string.Empty, ValidationText.Get("application.changed-concurrently"));
        }
    }

    public async Task<CommandResult> RemoveAsync(Guid applicationId, Guid materialId, Actor actor, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Materials)
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.EnterpriseId == actor.EnterpriseId, cancellationToken);
        if (application is null)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("application.not-found"));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var material = application.RemoveMaterial(materialId, clock.Now);
            db.ApplicationMaterials.Remove(material);
            await db.SaveChangesAsync(cancellationToken);
            await files.DeleteAsync(material.FileId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return CommandResult.Success;
        }
        catch (DomainException e)
        {
            await transaction.RollbackAsync(cancellationToken);
            return e.ToCommandResult();
        }
    }
}
