using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Profile;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace CoachRegister.Web.Tests.Features.Profile;

/// <summary>A decompression bomb: a few kilobytes of PNG whose header claims far more pixels than it holds.</summary>
public class ProfilePhotoTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_png_claiming_ten_thousand_pixels_square_is_refused_from_its_header()
    {
        var bomb = PngClaiming(10_000, 10_000);

        Assert.True(bomb.Length < 8 * 1024, $"The crafted PNG is {bomb.Length} bytes.");
        Assert.Null((await ProfilePhoto.ReadAsync(bomb, CancellationToken.None)).Photo);
    }

    [Fact]
    public async Task The_refusal_says_the_photo_has_too_many_pixels()
    {
        var outcome = await ProfilePhoto.ReadAsync(PngClaiming(10_000, 10_000), CancellationToken.None);

        Assert.Null(outcome.Photo);
        Assert.Equal(PhotoProblem.TooManyPixels, outcome.Problem);
        Assert.Contains("16 megapixels", ProfilePhoto.Message(PhotoProblem.TooManyPixels), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eight_bombs_at_once_do_not_grow_the_process_by_hundreds_of_megabytes()
    {
        var bomb = PngClaiming(10_000, 10_000);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.PeakWorkingSet64;

        var results = (await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => ProfilePhoto.ReadAsync(bomb, CancellationToken.None)))))
            .Select(o => o.Photo).ToArray();

        process.Refresh();
        var grownMegabytes = (process.PeakWorkingSet64 - before) / (1024 * 1024);
        Assert.True(grownMegabytes < 200, $"The peak working set grew by {grownMegabytes} MB.");
        Assert.All(results, Assert.Null);
    }

    [Fact]
    public async Task A_large_png_within_the_limit_is_accepted_and_comes_out_at_most_400_pixels()
    {
        var png = SolidPng(3_000, 2_000);

        var outcome = await ProfilePhoto.ReadAsync(png, CancellationToken.None);

        Assert.Null(outcome.Problem);
        using var result = SKBitmap.Decode(outcome.Photo!.Content);
        Assert.Equal((400, 267), (result.Width, result.Height));
        var centre = result.GetPixel(200, 133);
        Assert.True(centre.Red > 200 && centre.Green < 60 && centre.Blue < 60, $"The centre pixel is {centre}.");
    }

    [Fact]
    public async Task A_jpeg_is_decoded_scaled_and_keeps_its_colour()
    {
        using var bitmap = new SKBitmap(2_400, 1_600);
        bitmap.Erase(new SKColor(20, 90, 200));
        using var jpeg = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);

        var outcome = await ProfilePhoto.ReadAsync(jpeg.ToArray(), CancellationToken.None);

        using var result = SKBitmap.Decode(outcome.Photo!.Content);
        Assert.Equal((400, 267), (result.Width, result.Height));
        Assert.InRange(result.GetPixel(10, 10).Blue, (byte)180, (byte)220);
    }

    [Fact]
    public async Task Uploading_the_bomb_is_refused_and_leaves_the_profile_without_a_photo()
    {
        var user = await factory.CreateUserAsync(Roles.Staff, Roles.Coach);
        var profileId = await factory.WithDbAsync(async db =>
        {
            var scheme = await db.Schemes.FirstAsync();
            var profile = new CoachProfile
            {
                PersonId = user.PersonId,
                SchemeId = scheme.Id,
                Offers = OfferType.Coaching,
                Status = ProfileStatus.Draft,
                CreatedAt = DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow,
            };
            db.CoachProfiles.Add(profile);
            await db.SaveChangesAsync();
            return profile.Id;
        });
        var client = factory.CreateFormClient();
        await client.SignInAsync(user);
        var page = await client.GetPageAsync("/profile");
        var token = page.QuerySelector("#photo-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(PngClaiming(10_000, 10_000)), "photo", "photo.png" },
        };

        var response = await client.Http.PostAsync("/profile/photo", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await FormClient.ParseAsync(response);
        Assert.NotNull(result.QuerySelector(".govuk-error-summary"));
        Assert.False(await factory.WithDbAsync(db => db.ProfilePhotos.AnyAsync(p => p.CoachProfileId == profileId)));
    }

    /// <summary>
    /// A valid PNG signature and header for <paramref name="width"/> x <paramref name="height"/> RGBA, followed by
    /// one compressed stream of a few blank rows: a decoder that trusts the header allocates the whole image.
    /// </summary>
    private static byte[] PngClaiming(int width, int height)
    {
        using var output = new MemoryStream();
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 6;
        Chunk(output, "IHDR", header);

        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[((width * 4) + 1) * 2]);
        }

        Chunk(output, "IDAT", pixels.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typeAndData);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
        output.Write(crc);
    }

    /// <summary>The CRC-32 every PNG chunk ends with (ISO 3309, as in zlib).</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    internal static byte[] SolidPng(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(230, 20, 20));
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
