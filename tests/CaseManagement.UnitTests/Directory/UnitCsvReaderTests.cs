using System.Text;
using CaseManagement.Directory.Domain;
using CaseManagement.Directory.Features.ImportUnits;

namespace CaseManagement.UnitTests.Directory;

public class UnitCsvReaderTests
{
    private static Task<IReadOnlyList<UnitCsvLine>> Read(string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bom)
        {
            bytes = [.. Encoding.UTF8.GetPreamble(), .. bytes];
        }

        return UnitCsvReader.ReadAsync(new MemoryStream(bytes), CancellationToken.None);
    }

    [Fact]
    public async Task Reads_every_column_with_file_line_numbers()
    {
        var lines = await Read("code,name,level,parent_code,valid_from,valid_to\n51,Tỉnh Quảng Ngãi,province,,,\n535,Huyện Ba Tơ,district,51,2008-01-01,2025-06-30\n");
        Assert.Equal(2, lines.Count);
        Assert.Equal(3, lines[1].Line);
        var expected = new UnitDefinition("535", "Huyện Ba Tơ", AdministrativeLevel.District, "51", new DateOnly(2008, 1, 1), new DateOnly(2025, 6, 30), []);
        Assert.Equal(expected, lines[1].Definition! with { SuccessorCodes = expected.SuccessorCodes });
        Assert.Empty(lines[1].Definition!.SuccessorCodes);
    }

    [Fact]
    public async Task Accepts_Vietnamese_levels_dates_semicolons_and_a_byte_order_mark()
    {
        var lines = await Read("code;name;level;parent_code;valid_from;valid_to\n21484;Thị trấn Ba Tơ;Thị trấn;535;01/04/2020;\n", bom: true);
        var definition = Assert.Single(lines).Definition!;
        Assert.Equal(AdministrativeLevel.Commune, definition.Level);
        Assert.Equal(new DateOnly(2020, 4, 1), definition.ValidFrom);
        Assert.Null(definition.ValidTo);
    }

    [Fact]
    public async Task Names_are_normalised_to_composed_unicode()
    {
        var decomposed = "Ba To\u031b"; // "Tơ" typed with a combining horn
        var lines = await Read($"code,name,level,parent_code\n535,{decomposed},district,51\n");
        Assert.Equal("Ba Tơ", Assert.Single(lines).Definition!.Name);
    }

    [Fact]
    public async Task Reports_bad_levels_and_dates_by_column()
    {
        var lines = await Read("code,name,level,parent_code,valid_from\n535,Huyện Ba Tơ,county,51,31-12-2020\n");
        var line = Assert.Single(lines);
        Assert.Null(line.Definition);
        Assert.Contains(new UnitCsvError("level", "unit.level_unknown"), line.Errors);
        Assert.Contains(new UnitCsvError("valid_from", "unit.date_invalid"), line.Errors);
    }

    [Fact]
    public async Task Reports_missing_required_columns()
    {
        var line = Assert.Single(await Read("code,name\n51,Quảng Ngãi\n"));
        Assert.Equal(["level", "parent_code"], line.Errors.Select(e => e.Column));
    }

    [Fact]
    public async Task An_empty_file_is_an_error() =>
        Assert.Equal("csv.empty", Assert.Single(Assert.Single(await Read("")).Errors).Code);
}
