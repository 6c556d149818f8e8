using CaseManagement.Web.Api;

namespace CaseManagement.Web.Components.Pages.Record;

/// <summary>Unit codes named as people know them: the case's commune and its villages, by name; any other code as it is.</summary>
public sealed class PlaceNames(DirectoryApi directory, CurrentPerson person)
{
    public async Task<Func<string?, string?>> OfCommuneAsync(string communeCode, CancellationToken ct)
    {
        var me = await person.GetAsync(ct);
        var places = await directory.PlacesAsync(communeCode, me.Unit?.Code == communeCode ? me.Unit.Name : null, ct);
        var names = places.ToDictionary(p => p.Code, p => p.Name);
        return code => code is null ? null : names.GetValueOrDefault(code, code);
    }
}
