using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Persistence;

namespace CaseManagement.Directory.Features.Shared;

/// <summary>
/// Where an administrator may change the Directory: organisations and staff of their unit and the units
/// below it; the unit list and the working-day calendar, which hold for the whole province, only from the
/// top of the tree (or on a new installation, before any unit exists).
/// </summary>
public sealed class AdministrationArea(UnitHierarchyCache hierarchies, ICurrentUser user)
{
    /// <summary>Refuses (403) a change to a record of a unit outside the caller's area. The system's own
    /// work (the demo data loaded at start-up) has no caller and is not limited.</summary>
    public async Task RequireCoversAsync(string unitCode, CancellationToken ct)
    {
        if (user.IsAuthenticated && !await CoversAsync(unitCode, ct))
        {
            throw new ForbiddenException("directory.outside_area", DirectoryText.Messages.Get("directory.outside_area", unitCode));
        }
    }

    /// <summary>Refuses (403) a change that holds for the whole province to an administrator below its top.</summary>
    public async Task RequireTopLevelAsync(CancellationToken ct)
    {
        var hierarchy = await hierarchies.GetAsync(ct);
        var top = hierarchy.Count == 0
            || (user.UnitCode is { } unit && hierarchy.Versions(unit) is { Count: > 0 } versions && versions.All(v => v.ParentCode is null));
        if (!top)
        {
            throw new ForbiddenException("directory.province_only", DirectoryText.Messages["directory.province_only"]);
        }
    }

    /// <summary>Whether the caller's unit is the unit or above it in any version of the tree (a district
    /// keeps its former communes, as the jurisdiction does).</summary>
    private async Task<bool> CoversAsync(string unitCode, CancellationToken ct)
    {
        if (user.UnitCode is not { } own)
        {
            return false;
        }

        var hierarchy = await hierarchies.GetAsync(ct);
        var seen = new HashSet<string>(StringComparer.Ordinal) { unitCode };
        var above = new Queue<string>([unitCode]);
        while (above.TryDequeue(out var code))
        {
            if (code == own)
            {
                return true;
            }

            foreach (var parent in hierarchy.Versions(code).Select(v => v.ParentCode).OfType<string>().Where(seen.Add))
            {
                above.Enqueue(parent);
            }
        }

        return false;
    }
}
