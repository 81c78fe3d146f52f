using SkiaSharp;

namespace CoachRegister.Web.Features.Profile;

public sealed record ProcessedPhoto(byte[] Content, string ContentType);

/// <summary>
/// Checks an uploaded photo by decoding it (never by its name or declared type) and re-encodes it as a
/// resized JPEG: the re-encoding drops EXIF and any other metadata, such as where the photo was taken.
/// </summary>
public static class ProfilePhoto
{
    public const long MaxBytes = 2 * 1024 * 1024;
    public const int MaxSide = 400;
    public const string ContentType = "image/jpeg";

    private static readonly SKEncodedImageFormat[] Accepted = [SKEncodedImageFormat.Jpeg, SKEncodedImageFormat.Png, SKEncodedImageFormat.Webp];

    public static ProcessedPhoto? Process(byte[] upload)
    {
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null || !Accepted.Contains(codec.EncodedFormat) || codec.Info.Width is < 1 or > 10_000 || codec.Info.Height is < 1 or > 10_000)
        {
            return null;
        }

        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return null;
        }

        var scale = Math.Min(1.0, (double)MaxSide / Math.Max(decoded.Width, decoded.Height));
        var width = Math.Max(1, (int)Math.Round(decoded.Width * scale));
        var height = Math.Max(1, (int)Math.Round(decoded.Height * scale));
        using var source = SKImage.FromBitmap(decoded);

        // JPEG has no transparency: paint on white so transparent PNG areas do not turn black.
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.DrawImage(source, new SKRect(0, 0, width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), null);
        using var image = surface.Snapshot();
        using var encoded = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return encoded is null ? null : new ProcessedPhoto(encoded.ToArray(), ContentType);
    }
}
