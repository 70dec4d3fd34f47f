using Microsoft.Playwright;
using NameGender.Browser.Tests.Fixtures;

namespace NameGender.Browser.Tests;

/// <summary>
/// The feedback page in a real browser, as staff use it: enter two customers' feedback, select
/// them, Identify Gender and Predict Sentiment, read the insights; on a desktop and a phone screen.
/// </summary>
public sealed class FeedbackPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Emily = "I love this service, the staff were wonderful!";
    private const string Robert = "Terrible wait, nobody helped me.";

    [BrowserFact]
    public Task Flow_Desktop_IdentifiesGenderAndSentimentAndShowsInsights() => RunFlowAsync(1280, 800, "desktop");

    [BrowserFact]
    public Task Flow_Phone390x844_IdentifiesGenderAndSentimentAndShowsInsights() => RunFlowAsync(390, 844, "phone");

    [BrowserFact]
    public async Task StoredXss_InEveryTextField_RendersAsText()
    {
        await using var server = await PageServer.StartAsync();
        var page = await NewPageAsync(server, 1280, 800);
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        await page.GotoAsync(server.Address.ToString());
        const string image = "<img src=x onerror=\"window.__xss=1;alert(1)\">";
        const string script = "<script>window.__xss=2;alert(2)</script>";

        await EnterFeedbackAsync(page, image, script, image + script + "<b>bold</b>", null);
        await page.ClickAsync("#identify-gender");
        await page.ClickAsync("#predict-sentiment");
        await Assertions.Expect(page.Locator("#feedback-rows td.sentiment")).Not.ToHaveTextAsync("not scored");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf("xss-as-text") });

        var row = page.Locator("#feedback-rows tr").First;
        Assert.Equal(image + " " + script, await row.Locator("td.name").TextContentAsync());
        Assert.Equal(image + script + "<b>bold</b>", await row.Locator("td.feedback").TextContentAsync());
        Assert.Equal(0, await page.Locator("#feedback-rows img, #feedback-rows script, #feedback-rows b").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss ?? null"));
        Assert.Empty(dialogs);
    }

    [BrowserFact]
    public Task Keyboard_Desktop_EveryControlIsReachableWithTabAndShowsFocus() => RunKeyboardAsync(1280, 800);

    [BrowserFact]
    public Task Keyboard_Phone390x844_EveryControlIsReachableWithTabAndShowsFocus() => RunKeyboardAsync(390, 844);

    // Tabs through each view as a keyboard user would reach it: the feedback view, then the
    // insights view opened with Enter, then the form opened with Enter; every control on the way
    // must be reached and drawn with the page's 3px focus outline.
    private async Task RunKeyboardAsync(int width, int height)
    {
        await using var server = await PageServer.StartAsync();
        var page = await NewPageAsync(server, width, height);
        await page.GotoAsync(server.Address.ToString());
        await EnterFeedbackAsync(page, "Emily", "Carter", Emily, "5");

        await page.Locator("body").FocusAsync();
        var feedbackView = await TabThroughAsync(page, 14);
        AssertReachedWithFocus(feedbackView,
            "Skip to content", "tab-feedback", "tab-insights", "API", "predict-sentiment", "identify-gender",
            "new-feedback", "Feedback, scrolls sideways on small screens", "select-all",
            "Select the feedback of Emily Carter");

        await page.FocusAsync("#tab-insights");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#insights-view")).ToBeVisibleAsync();
        var insightsView = await TabThroughAsync(page, 6);
        AssertReachedWithFocus(insightsView, "Insights table", "How the figures are computed");

        await page.FocusAsync("#tab-feedback");
        await page.Keyboard.PressAsync("Enter");

        // The view changes on hashchange, after the key press returns: a hidden button takes no focus.
        await Assertions.Expect(page.Locator("#feedback-view")).ToBeVisibleAsync();
        await page.FocusAsync("#new-feedback");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#feedback-dialog")).ToBeVisibleAsync();
        var form = await TabThroughAsync(page, 8);
        AssertReachedWithFocus(form,
            "first-name", "last-name", "feedback-text", "rating", "cancel-feedback", "save-feedback");
    }

    // The control focused after each Tab press, by id, label or text, with its outline style.
    private static async Task<Dictionary<string, string>> TabThroughAsync(IPage page, int presses)
    {
        var reached = new Dictionary<string, string>();
        for (var i = 0; i < presses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string[]>("""
                () => {
                  const e = document.activeElement;
                  const style = getComputedStyle(e);
                  return [e.id || e.getAttribute('aria-label') || e.textContent.trim(), style.outlineStyle, style.outlineWidth];
                }
                """);
            reached.TryAdd(focused[0], focused[1] + " " + focused[2]);
        }

        return reached;
    }

    private static void AssertReachedWithFocus(Dictionary<string, string> reached, params string[] controls) =>
        Assert.All(controls, control =>
        {
            Assert.True(reached.ContainsKey(control), $"{control} was never reached with Tab: {string.Join(", ", reached.Keys)}");
            Assert.Equal("solid 3px", reached[control]);
        });

    private async Task RunFlowAsync(int width, int height, string name)
    {
        await using var server = await PageServer.StartAsync();
        var page = await NewPageAsync(server, width, height);
        await page.GotoAsync(server.Address.ToString());

        await EnterFeedbackAsync(page, "Emily", "Carter", Emily, "5");
        await EnterFeedbackAsync(page, "Robert", "Hale", Robert, "1");
        var emily = Row(page, "Emily Carter");
        var robert = Row(page, "Robert Hale");
        await emily.Locator("input[type=checkbox]").CheckAsync();
        await robert.Locator("input[type=checkbox]").CheckAsync();

        await page.ClickAsync("#identify-gender");
        await Assertions.Expect(emily.Locator("td.gender-cell .gender")).ToHaveTextAsync("female");
        await Assertions.Expect(robert.Locator("td.gender-cell .gender")).ToHaveTextAsync("male");
        await page.ClickAsync("#predict-sentiment");
        await Assertions.Expect(emily.Locator("td.sentiment")).ToHaveTextAsync("POSITIVE");
        await Assertions.Expect(robert.Locator("td.sentiment")).ToHaveTextAsync("NEGATIVE");
        Assert.StartsWith("P(female) = 0.9", await emily.Locator(".gender").GetAttributeAsync("title"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf($"feedback-{name}"), FullPage = true });

        if (width < 500)
        {
            await AssertFitsThePhoneAsync(page, width);
        }

        await page.ClickAsync("#tab-insights");
        await Assertions.Expect(page.Locator("#insights-answer")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("#insights-chart svg")).ToBeVisibleAsync();
        Assert.Contains("2 records", await page.Locator("#insights-counts").TextContentAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf($"insights-{name}"), FullPage = true });
    }

    private static async Task AssertFitsThePhoneAsync(IPage page, int width)
    {
        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= width, $"the page is {pageWidth}px wide on a {width}px screen");

        var table = await page.EvaluateAsync<int[]>("""
            () => { const w = document.querySelector('.table-wrap'); return [w.scrollWidth, w.clientWidth]; }
            """);
        Assert.True(table[0] > table[1], "the table should scroll sideways inside its box on a phone");

        string[] controls =
        [
            "#tab-feedback", "#tab-insights", "#predict-sentiment", "#identify-gender", "#new-feedback",
            "#select-all", "#previous-page", "#next-page",
        ];
        var boxes = new List<LocatorBoundingBoxResult>();
        foreach (var id in controls)
        {
            boxes.Add((await page.Locator(id).BoundingBoxAsync())!);
        }

        for (var i = 0; i < boxes.Count; i++)
        {
            Assert.True(boxes[i].X >= 0 && boxes[i].X + boxes[i].Width <= width, $"{controls[i]} leaves the screen");
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                var overlap = a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;
                Assert.False(overlap, $"{controls[i]} and {controls[j]} overlap");
            }
        }
    }

    private async Task<IPage> NewPageAsync(PageServer server, int width, int height)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = server.Address.ToString(),
        });
        return await context.NewPageAsync();
    }

    private static ILocator Row(IPage page, string name) =>
        page.Locator("#feedback-rows tr").Filter(new LocatorFilterOptions
        {
            Has = page.Locator("td.name", new PageLocatorOptions { HasTextString = name }),
        });

    private static async Task EnterFeedbackAsync(IPage page, string first, string last, string text, string? rating)
    {
        await page.ClickAsync("#new-feedback");
        await page.FillAsync("#first-name", first);
        await page.FillAsync("#last-name", last);
        await page.FillAsync("#feedback-text", text);
        if (rating is not null)
        {
            await page.SelectOptionAsync("#rating", rating);
        }

        await page.ClickAsync("#save-feedback");
        await Assertions.Expect(page.Locator("#feedback-dialog")).Not.ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Saved the feedback");
    }
}
