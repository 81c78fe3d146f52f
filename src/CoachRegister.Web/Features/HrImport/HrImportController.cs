using System.Text;
using CoachRegister.Data;
using CoachRegister.Data.Identity;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.HrImport;

/// <summary>
/// Import an existing register from CSV: upload, preview every row, then confirm, each step ending on a page
/// of its own (post-redirect-get). Nothing is written before the confirmation.
/// </summary>
[Authorize(Roles = Roles.HrAdmin)]
[Route("hr/import")]
public class HrImportController(AppDbContext db, RegisterImport import, ImportStore store, PortalAccess access, IStringLocalizer<RegisterText> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await ViewModelAsync(ct));

    [HttpGet("template.csv")]
    public async Task<IActionResult> Template(CancellationToken ct) =>
        File(Encoding.UTF8.GetBytes(await import.TemplateAsync(await access.AskerAsync(), ct)), "text/csv; charset=utf-8", "register-import-template.csv");

    [HttpPost("")]
    [RequestSizeLimit(RegisterImport.MaxBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = RegisterImport.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Upload(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", t["Select a CSV file"]);
        }
        else if (file.Length > RegisterImport.MaxBytes)
        {
            ModelState.AddModelError("file", t["The file must be smaller than 2 MB"]);
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Index), await ViewModelAsync(ct));
        }

        using var buffer = new MemoryStream();
        await file!.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        var preview = await import.RunAsync(await access.AskerAsync(), content, apply: false, ct);
        if (preview.FileProblem is not null)
        {
            ModelState.AddModelError("file", t[preview.FileProblem]);
            return View(nameof(Index), await ViewModelAsync(ct));
        }

        return RedirectToAction(nameof(Preview), new { key = await store.SaveAsync(Owner, content, ct) });
    }

    /// <summary>What each row of the uploaded file would do; the file waits on the server under its key.</summary>
    [HttpGet("preview/{key}")]
    public async Task<IActionResult> Preview(string key, CancellationToken ct)
    {
        var content = await store.LoadAsync(key, Owner, ct);
        if (content is null)
        {
            return await ExpiredAsync(ct);
        }

        return View(new ImportPreviewViewModel { Preview = await import.RunAsync(await access.AskerAsync(), content, apply: false, ct), Key = key });
    }

    [HttpPost("confirm")]
    public async Task<IActionResult> Confirm(string? key, CancellationToken ct)
    {
        var content = key is null ? null : await store.LoadAsync(key, Owner, ct);
        if (content is null)
        {
            return await ExpiredAsync(ct);
        }

        var result = await import.RunAsync(await access.AskerAsync(), content, apply: true, ct);
        if (!result.CanApply)
        {
            // The register changed since the preview so that a row no longer imports: nothing was saved; show why.
            return RedirectToAction(nameof(Preview), new { key });
        }

        await store.SaveResultAsync(key!, Owner, result, ct);
        store.Delete(key!, Owner);
        return RedirectToAction(nameof(Imported), new { key });
    }

    /// <summary>What the import did, row by row.</summary>
    [HttpGet("imported/{key}")]
    public async Task<IActionResult> Imported(string key, CancellationToken ct)
    {
        var result = await store.LoadResultAsync(key, Owner, ct);
        return result is null ? NotFound() : View(nameof(Preview), new ImportPreviewViewModel { Preview = result, Key = key, Applied = true });
    }

    private async Task<IActionResult> ExpiredAsync(CancellationToken ct)
    {
        ModelState.AddModelError("file", t["The upload has expired or was already imported. Upload the file again."]);
        return View(nameof(Index), await ViewModelAsync(ct));
    }

    /// <summary>The page names the codes of the schemes the HR admin administers: the file's Scheme column takes one of them.</summary>
    private async Task<ImportViewModel> ViewModelAsync(CancellationToken ct)
    {
        var administered = (await access.AskerAsync()).AdministeredSchemeIds.ToList();
        return new ImportViewModel
        {
            Schemes = await db.Schemes.AsNoTracking().Where(s => administered.Contains(s.Id)).OrderBy(s => s.Code)
                .Select(s => new ImportScheme(s.Code, s.Name)).ToListAsync(ct),
        };
    }

    private Guid Owner => User.FindPersonId() ?? Guid.Empty;
}
