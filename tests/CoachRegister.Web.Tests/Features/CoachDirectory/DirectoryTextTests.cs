using CoachRegister.Web.Features.CoachDirectory;

namespace CoachRegister.Web.Tests.Features.CoachDirectory;

public class DirectoryTextTests
{
    /// <summary>
    /// Text with no accents is split without normalising: for every ASCII character between two words, the words
    /// must be those of the normalising path, which a non-ASCII word at the end makes the text take.
    /// </summary>
    [Fact]
    public void Plain_text_gives_the_same_words_as_text_that_is_folded()
    {
        for (var c = (char)0; c < 128; c++)
        {
            var plain = $"Lead{c}Ship 42nd";

            var words = DirectoryText.Words(plain);
            var folded = DirectoryText.Words(plain + " é");

            Assert.Equal(folded.SkipLast(1), words);
            Assert.Equal("e", folded[^1]);
        }
    }

    [Fact]
    public void Words_are_lower_case_without_accents()
    {
        Assert.Equal(["ffion", "evans", "caerdydd", "2"], DirectoryText.Words("Ffion Évans, CAERDYDD-2"));
        Assert.Equal(["managing", "change"], DirectoryText.Words("Managing   change."));
        Assert.Empty(DirectoryText.Words("  -- "));
    }
}
