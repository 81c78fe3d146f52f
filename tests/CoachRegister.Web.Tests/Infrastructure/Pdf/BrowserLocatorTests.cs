using CoachRegister.Web.Infrastructure.Pdf;

namespace CoachRegister.Web.Tests.Infrastructure.Pdf;

public sealed class BrowserLocatorTests
{
    [Fact]
    public void A_configured_path_is_the_only_one_tried()
    {
        Assert.Equal(["/opt/browsers/chrome"], BrowserLocator.Candidates("/opt/browsers/chrome"));
        Assert.Null(BrowserLocator.Find("/opt/browsers/chrome"));
    }

    [Fact]
    public void Unset_on_Debian_it_finds_the_headless_shell_before_the_full_browser_and_binaries_before_wrapper_scripts()
    {
        var candidates = BrowserLocator.Candidates(null).ToList();

        Assert.Equal(0, candidates.IndexOf("/usr/lib/chromium/chromium-headless-shell"));
        Assert.True(candidates.IndexOf("/usr/lib/chromium/chromium") < candidates.IndexOf("/usr/bin/chromium"));
        Assert.Contains("/usr/bin/google-chrome", candidates);
        Assert.Equal("/usr/lib/chromium/chromium-headless-shell", BrowserLocator.Find(null));
    }

    [Fact]
    public void On_Windows_it_looks_for_Edge_then_Chrome()
    {
        var names = BrowserLocator.WindowsCandidates().Select(Path.GetFileName).ToList();

        Assert.Equal("msedge.exe", names[0]);
        Assert.Contains("chrome.exe", names);
        Assert.True(names.IndexOf("msedge.exe") < names.IndexOf("chrome.exe"));
    }
}
