using Zicht.Features.ChildVoice;

namespace Zicht.Tests.Features.ChildVoice;

public class UploadSniffTests
{
    [Fact]
    public void Png_and_jpeg_are_recognised_by_their_first_bytes()
    {
        Assert.Equal("image/png", UploadStore.Sniff(ChildVoiceTests.TinyPng));
        Assert.Equal("image/jpeg", UploadStore.Sniff([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]));
    }

    [Theory]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 })]          // Windows executable
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46 })]          // ELF executable
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46 })]          // PDF
    [InlineData(new byte[] { 0x3C, 0x73, 0x76, 0x67 })]          // SVG (may carry script)
    [InlineData(new byte[] { 0x89, 0x50, 0x4E })]                // truncated PNG header
    public void Anything_else_is_refused_whatever_its_name(byte[] head) =>
        Assert.Null(UploadStore.Sniff(head));
}
