using Nop.Core.Domain.Media;
using Nop.Services.Media;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// Pictures by id with nopCommerce's URL shape (/images/thumbs/0000012_name.png); an unknown id (or 0) gives the
/// default picture's URL, or an empty string when the caller asked for no default, as nopCommerce does.
/// </summary>
public sealed class FakePictureService : IPictureService
{
    private readonly Dictionary<int, string> _pictures = new();

    public FakePictureService Add(int pictureId, string seoName)
    {
        _pictures[pictureId] = seoName;
        return this;
    }

    public List<(int PictureId, int TargetSize, bool ShowDefault)> Requests { get; } = new();

    public Task<string> GetPictureUrlAsync(int pictureId, int targetSize = 0, bool showDefaultPicture = true, string storeLocation = null,
        PictureType defaultPictureType = PictureType.Entity)
    {
        Requests.Add((pictureId, targetSize, showDefaultPicture));
        var location = storeLocation ?? "http://localhost/";
        if (_pictures.TryGetValue(pictureId, out var name))
            return Task.FromResult($"{location}images/thumbs/{pictureId:0000000}_{name}{(targetSize > 0 ? $"_{targetSize}" : string.Empty)}.png");
        return Task.FromResult(showDefaultPicture ? $"{location}images/thumbs/default-image.png" : string.Empty);
    }
}
