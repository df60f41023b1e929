namespace Nop.Core.Domain.Media;

// Real source: src/Libraries/Nop.Core/Domain/Media/PictureType.cs
public enum PictureType
{
    Entity = 1,
    Avatar = 10
}
