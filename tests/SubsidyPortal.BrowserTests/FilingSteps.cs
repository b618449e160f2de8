using Microsoft.Playwright;

namespace SubsidyPortal.BrowserTests;

/// <summary>What an enterprise does on the filing pages, as steps the journeys share.</summary>
internal static class FilingSteps
{
    /// <summary>From the calls page: starts the clause's application with a project name and lands on its filing page.</summary>
    public static async Task StartAsync(IPage page, string clauseId, string project)
    {
        await PageChecks.WaitForCircuitAsync(page);
        await page.GetByTestId($"start-{clauseId}").ClickAsync();
        await page.GetByLabel("项目名称").FillAsync(project);
        await page.GetByTestId("start-confirm").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(project);
        await Assertions.Expect(page.GetByTestId("draft-form")).ToBeVisibleAsync();
    }

    /// <summary>Answers yes to the given questions; each is saved as it is chosen.</summary>
    public static async Task AnswerYesAsync(IPage page, params string[] keys)
    {
        foreach (var key in keys)
        {
            await page.Locator($"[data-question={key}]").GetByLabel("是").CheckAsync();
            await Assertions.Expect(page.GetByTestId("save-state")).ToContainTextAsync("已自动保存");
        }
    }

    /// <summary>On the materials step: one PDF for every checklist item, then nothing is missing.</summary>
    public static async Task UploadEveryItemAsync(IPage page)
    {
        var checklist = page.GetByTestId("checklist");
        await Assertions.Expect(checklist).ToBeVisibleAsync();
        var items = await checklist.Locator("[data-item]").CountAsync();
        Assert.True(items > 0);
        for (var i = 0; i < items; i++)
        {
            await page.Locator($"#file-{i}").SetInputFilesAsync(new FilePayload
            {
                Name = $"申报材料{i + 1}.pdf", MimeType = "application/pdf", Buffer = System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% item {i}\n%%EOF\n"),
            });
            await Assertions.Expect(checklist.Locator($"[data-item='{i}']")).ToContainTextAsync("已上传 1 个文件");
        }

        await Assertions.Expect(checklist).Not.ToContainTextAsync("未上传");
    }
}
