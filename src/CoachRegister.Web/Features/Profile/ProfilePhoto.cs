using SkiaSharp;

namespace CoachRegister.Web.Features.Profile;

public sealed record ProcessedPhoto(byte[] Content, string ContentType);

/// <summary>Why an upload was not taken as a photo; <see cref="ProfilePhoto.Message"/> gives the text to show.</summary>
public enum PhotoProblem
{
    NotAnImage,
    TooManyPixels,
    Busy,
}

/// <summary>A processed photo, or the reason there is none.</summary>
public sealed record PhotoOutcome(ProcessedPhoto? Photo, PhotoProblem? Problem);

/// <summary>
/// Checks an uploaded photo by decoding it (never by its name or declared type) and re-encodes it as a
/// resized JPEG: the re-encoding drops EXIF and any other metadata, such as where the photo was taken.
/// </summary>
/// <remarks>
/// A compressed image can claim far more pixels than its size suggests: a 5 KB PNG can say 10,000 x 10,000,
/// which is 400 MB once decoded. So the header is read first and an image over <see cref="MaxPixels"/> is refused
/// before anything is decoded; what is decoded is decoded already scaled down where the codec can (JPEG, WebP);
/// and only a few decodes run at once, so parallel uploads cannot add up.
/// </remarks>
public static class ProfilePhoto
{
    public const long MaxBytes = 2 * 1024 * 1024;
    public const int MaxSide = 400;
    public const string ContentType = "image/jpeg";

    /// <summary>16 megapixels: more than a phone's photo of 2 MB or less ever has.</summary>
    public const long MaxPixels = 16_000_000;

    /// <summary>How long an upload waits for a free decoder before it is asked to try again.</summary>
    public static readonly TimeSpan DecodeWait = TimeSpan.FromSeconds(20);

    private static readonly SKEncodedImageFormat[] Accepted = [SKEncodedImageFormat.Jpeg, SKEncodedImageFormat.Png, SKEncodedImageFormat.Webp];

    /// <summary>Decodes at once; one a core, since decoding is CPU-bound and each holds its pixels in memory.</summary>
    public static readonly int MaxConcurrentDecodes = Math.Max(1, Environment.ProcessorCount);

    // Declared after MaxConcurrentDecodes: static fields are initialised in the order they are written.
    private static readonly SemaphoreSlim Decoders = new(MaxConcurrentDecodes, MaxConcurrentDecodes);

    /// <summary>The English text for a problem, which is also its key in the Welsh resources.</summary>
    public static string Message(PhotoProblem problem) => problem switch
    {
        PhotoProblem.TooManyPixels => "The photo has too many pixels. Choose a photo of 16 megapixels or fewer, such as 4,000 by 4,000",
        PhotoProblem.Busy => "Photos are being processed for many people at the moment. Try again in a minute",
        _ => "The photo must be a JPG, PNG or WebP image",
    };

    /// <summary>The photo, or why it was refused: not an image of an accepted format, too many pixels, or no decoder free.</summary>
    public static async Task<PhotoOutcome> ReadAsync(byte[] upload, CancellationToken ct)
    {
        // The header check runs before waiting, so a refused image never holds up the queue.
        if (Refusal(upload) is { } refused)
        {
            return refused;
        }

        var acquired = await Decoders.WaitAsync(DecodeWait, ct);
        return Read(upload, acquired);
    }

    private static PhotoOutcome? Refusal(byte[] upload)
    {
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        return Refusal(codec);
    }

    private static PhotoOutcome? Refusal(SKCodec? codec)
    {
        if (codec is null || !Accepted.Contains(codec.EncodedFormat) || codec.Info.Width < 1 || codec.Info.Height < 1)
        {
            return new PhotoOutcome(null, PhotoProblem.NotAnImage);
        }

        return (long)codec.Info.Width * codec.Info.Height > MaxPixels ? new PhotoOutcome(null, PhotoProblem.TooManyPixels) : null;
    }

    private static PhotoOutcome Read(byte[] upload, bool acquired)
    {
        try
        {
            using var data = SKData.CreateCopy(upload);
            using var codec = SKCodec.Create(data);
            if (Refusal(codec) is { } refused)
            {
                return refused;
            }

            if (!acquired)
            {
                return new PhotoOutcome(null, PhotoProblem.Busy);
            }

            using var decoded = DecodeScaled(codec!);
            return decoded is null
                ? new PhotoOutcome(null, PhotoProblem.NotAnImage)
                : new PhotoOutcome(Encode(decoded), null);
        }
        finally
        {
            if (acquired)
            {
                Decoders.Release();
            }
        }
    }

    /// <summary>
    /// The image decoded at the smallest size the codec offers that is still at least <see cref="MaxSide"/> on its
    /// longer side. JPEG (eighths) and WebP (any size) scale while decoding; this build's PNG codec does not, so a
    /// PNG is decoded whole, which the pixel limit and the decoder count keep to 64 MB each, a few at a time.
    /// </summary>
    private static SKBitmap? DecodeScaled(SKCodec codec)
    {
        var full = codec.Info;
        var longSide = Math.Max(full.Width, full.Height);
        var size = full.Size;
        for (var desired = Math.Min(1f, (float)MaxSide / longSide); desired < 1f; desired = Math.Min(1f, desired * 1.25f))
        {
            var offered = codec.GetScaledDimensions(desired);
            if (Math.Max(offered.Width, offered.Height) >= Math.Min(MaxSide, longSide))
            {
                size = offered;
                break;
            }
        }

        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        if (codec.GetPixels(info, bitmap.GetPixels()) == SKCodecResult.Success)
        {
            return bitmap;
        }

        // Incomplete or broken input is refused rather than shown half grey.
        bitmap.Dispose();
        return null;
    }

    private static ProcessedPhoto? Encode(SKBitmap decoded)
    {
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
