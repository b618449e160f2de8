using System.Buffers.Binary;
using System.IO.Compression;
using SubsidyPortal.Application.Materials;
using static SubsidyPortal.UnitTests.Materials.MaterialSamples;

namespace SubsidyPortal.UnitTests.Materials;

public sealed class OfdPackagesNeedOfdXmlAtTheRootTests
{
    [Fact]
    public async Task A_zip_without_OFD_xml_is_refused_as_an_unsupported_type()
    {
        var refused = await Refused(Zip(("Doc_0/Document.xml", "<ofd:Document/>"), ("readme.txt", "hello")), "电子发票.ofd");

        Assert.Equal(MaterialFileInspector.UnsupportedTypeCode, refused.Code);
    }

    [Theory]
    [InlineData("Doc_0/OFD.xml")]
    [InlineData("ofd.xml")]
    [InlineData("OFD.xml/")]
    public async Task OFD_xml_counts_only_at_the_root_and_spelt_exactly(string entry) =>
        Assert.Equal(MaterialFileInspector.UnsupportedTypeCode, (await Refused(Zip((entry, "<ofd:OFD/>")), "电子发票.ofd")).Code);

    [Fact]
    public async Task A_damaged_zip_is_refused_rather_than_failing()
    {
        var damaged = Ofd()[..40];

        Assert.Equal(MaterialFileInspector.UnsupportedTypeCode, (await Refused(damaged, "电子发票.ofd")).Code);
    }

    [Fact]
    public async Task A_package_with_as_many_entries_as_the_limit_is_accepted() =>
        Assert.Equal(MaterialFileKind.Ofd, (await Accepted(ManyEntries(MaterialFileInspector.MaxOfdEntries), "大文件.ofd")).Kind);

    [Fact]
    public async Task A_package_with_more_entries_than_the_limit_is_refused() =>
        Assert.Equal(MaterialFileInspector.UnsupportedTypeCode, (await Refused(ManyEntries(MaterialFileInspector.MaxOfdEntries + 1), "大文件.ofd")).Code);

    [Fact]
    public async Task An_archive_that_understates_its_entry_count_is_still_refused()
    {
        var zip = ManyEntries(MaterialFileInspector.MaxOfdEntries + 1);
        var end = zip.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        BinaryPrimitives.WriteUInt16LittleEndian(zip.AsSpan(end + 8), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(zip.AsSpan(end + 10), 1);

        Assert.Equal(MaterialFileInspector.UnsupportedTypeCode, (await Refused(zip, "大文件.ofd")).Code);
    }

    /// <summary>OFD.xml plus empty entries, <paramref name="count"/> in all.</summary>
    private static byte[] ManyEntries(int count)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(archive.CreateEntry("OFD.xml").Open()))
            {
                writer.Write("<ofd:OFD/>");
            }

            for (var i = 1; i < count; i++)
            {
                archive.CreateEntry($"Doc_0/Res/{i}.xml", CompressionLevel.NoCompression);
            }
        }

        return buffer.ToArray();
    }
}
