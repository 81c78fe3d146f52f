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
    public void Unset_on_Debian_it_finds_the_chromium_binary_before_its_wrapper_script()
    {
        var candidates = BrowserLocator.Candidates(null);

        Assert.True(candidates.ToList().IndexOf("/usr/lib/chromium/chromium") < candidates.ToList().IndexOf("/usr/bin/chromium"));
        Assert.Contains("/usr/bin/google-chrome", candidates);
        Assert.Equal("/usr/lib/chromium/chromium", BrowserLocator.Find(null));
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
