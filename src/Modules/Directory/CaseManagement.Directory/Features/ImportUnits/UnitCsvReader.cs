using System.Globalization;
using System.Text;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Domain;
using CsvHelper;
using CsvHelper.Configuration;

namespace CaseManagement.Directory.Features.ImportUnits;

/// <summary>One data line of an import file: its definition, or what is wrong with which column.</summary>
internal sealed record UnitCsvLine(int Line, UnitDefinition? Definition, IReadOnlyList<UnitCsvError> Errors);

internal sealed record UnitCsvError(string Column, string Code);

/// <summary>
/// Reads the unit list format: <c>code,name,level,parent_code,valid_from,valid_to</c> and the
/// optional <c>successor_codes</c> (codes separated by semicolons) and <c>remote</c> (comma,
/// semicolon or tab, UTF-8 with or without BOM). Levels may be written in English or Vietnamese;
/// dates as yyyy-MM-dd or dd/MM/yyyy, the way Vietnamese offices write them.
/// </summary>
internal static class UnitCsvReader
{
    public const string FileColumn = "file";
    public static readonly string[] RequiredColumns = ["code", "name", "level", "parent_code"];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public static async Task<IReadOnlyList<UnitCsvLine>> ReadAsync(Stream stream, CancellationToken ct)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            TrimOptions = TrimOptions.Trim,
            MissingFieldFound = null,
            BadDataFound = null,
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
        };
        using var csv = new CsvReader(reader, config);
        if (!await csv.ReadAsync() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            return [new UnitCsvLine(1, null, [new UnitCsvError(FileColumn, "csv.empty")])];
        }

        var headers = csv.HeaderRecord.Select(h => h.Trim().ToLowerInvariant()).ToHashSet();
        var missing = RequiredColumns.Where(c => !headers.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return [new UnitCsvLine(1, null, missing.Select(c => new UnitCsvError(c, "csv.column_missing")).ToList())];
        }

        var lines = new List<UnitCsvLine>();
        while (await csv.ReadAsync())
        {
            ct.ThrowIfCancellationRequested();
            lines.Add(ParseLine(csv));
        }

        return lines;
    }

    private static UnitCsvLine ParseLine(CsvReader csv)
    {
        var errors = new List<UnitCsvError>();
        var code = Field(csv, "code") ?? "";
        var name = (Field(csv, "name") ?? "").Normalize(NormalizationForm.FormC);
        var level = ParseLevel(Field(csv, "level"));
        if (level is null)
        {
            errors.Add(new UnitCsvError("level", "unit.level_unknown"));
        }

        var validFrom = ParseDate(csv, "valid_from", errors);
        var validTo = ParseDate(csv, "valid_to", errors);
        var remote = ParseFlag(Field(csv, "remote"));
        if (remote is null)
        {
            errors.Add(new UnitCsvError("remote", "unit.remote_invalid"));
        }

        var line = csv.Parser.RawRow;
        if (errors.Count > 0)
        {
            return new UnitCsvLine(line, null, errors);
        }

        var successors = UnitCodes.Split(Field(csv, "successor_codes")?.Replace(',', UnitCodes.Separator));
        var definition = new UnitDefinition(code, name, level!.Value, Field(csv, "parent_code"), validFrom, validTo, successors, remote!.Value);
        return new UnitCsvLine(line, definition, []);
    }

    private static bool? ParseFlag(string? value) => value?.ToLowerInvariant() switch
    {
        null or "false" or "0" or "no" or "không" => false,
        "true" or "1" or "yes" or "x" or "có" => true,
        _ => null,
    };

    private static string? Field(CsvReader csv, string column)
    {
        if (!csv.TryGetField(column, out string? raw))
        {
            return null; // an optional column left out
        }

        var value = raw?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static DateOnly? ParseDate(CsvReader csv, string column, List<UnitCsvError> errors)
    {
        var value = Field(csv, column);
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date >= RequestValues.EarliestDay && date <= RequestValues.LatestDay)
        {
            return date;
        }

        errors.Add(new UnitCsvError(column, "unit.date_invalid"));
        return null;
    }

    internal static AdministrativeLevel? ParseLevel(string? value) =>
        value?.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.GetCultureInfo("vi-VN")) switch
        {
            "province" or "1" or "tỉnh" or "thành phố trực thuộc trung ương" => AdministrativeLevel.Province,
            "district" or "2" or "huyện" or "quận" or "thị xã" or "thành phố thuộc tỉnh" => AdministrativeLevel.District,
            "commune" or "3" or "xã" or "phường" or "thị trấn" or "đặc khu" => AdministrativeLevel.Commune,
            "village" or "4" or "thôn" or "tổ dân phố" or "ấp" or "bản" or "làng" => AdministrativeLevel.Village,
            _ => null,
        };
}
