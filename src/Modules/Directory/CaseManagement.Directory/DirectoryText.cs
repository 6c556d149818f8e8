using System.Resources;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Domain;

namespace CaseManagement.Directory;

/// <summary>The Directory's user-facing messages (Resources/DirectoryMessages*.resx).</summary>
internal static class DirectoryText
{
    public static LocalizedText Messages { get; } = new(new ResourceManager(
        "CaseManagement.Directory.Resources.DirectoryMessages", typeof(DirectoryText).Assembly));

    public static string LevelName(AdministrativeLevel level) => Messages[$"level.{level}"];
}
