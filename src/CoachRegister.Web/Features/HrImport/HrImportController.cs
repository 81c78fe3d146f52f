using System.Text;
using CoachRegister.Data.Identity;
using CoachRegister.Web.Features.Register;
using CoachRegister.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.HrImport;

public sealed class ImportViewModel
{
    public ImportPreview? Preview { get; init; }
    public string? Key { get; init; }
    public string? FileName { get; init; }
    public bool Applied { get; init; }
}

/// <summary>Import an existing register from CSV: upload, preview every row, then confirm. Nothing is written before the confirmation.</summary>
[Authorize(Roles = Roles.HrAdmin)]
[Route("hr/import")]
public class HrImportController(RegisterImport import, ImportStore store, PortalAccess access, IStringLocalizer<RegisterText> t) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(new ImportViewModel());

    [HttpGet("template.csv")]
    public IActionResult Template() =>
        File(Encoding.UTF8.GetBytes(RegisterImport.Template()), "text/csv; charset=utf-8", "register-import-template.csv");

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
            return View(nameof(Index), new ImportViewModel());
        }

        using var buffer = new MemoryStream();
        await file!.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        var preview = await import.RunAsync(await access.AskerAsync(), content, apply: false, ct);
        if (preview.FileProblem is not null)
        {
            ModelState.AddModelError("file", t[preview.FileProblem]);
            return View(nameof(Index), new ImportViewModel());
        }

        var key = preview.CanApply ? await store.SaveAsync(Owner, content, ct) : null;
        return View("Preview", new ImportViewModel { Preview = preview, Key = key, FileName = Path.GetFileName(file.FileName) });
    }

    [HttpPost("confirm")]
    public async Task<IActionResult> Confirm(string? key, CancellationToken ct)
    {
        var owner = Owner;
        var content = key is null ? null : await store.LoadAsync(key, owner, ct);
        if (content is null)
        {
            ModelState.AddModelError("file", t["The upload has expired or was already imported. Upload the file again."]);
            return View(nameof(Index), new ImportViewModel());
        }

        var result = await import.RunAsync(await access.AskerAsync(), content, apply: true, ct);
        store.Delete(key!, owner);
        return View("Preview", new ImportViewModel { Preview = result, Applied = result.CanApply });
    }

    private Guid Owner => User.FindPersonId() ?? Guid.Empty;
}
