using System.Resources;
using CaseManagement.BuildingBlocks.Web;

namespace CaseManagement.Web;

/// <summary>Every text of the web application (Resources/WebText*.resx): Vietnamese first, English second.</summary>
public static class WebText
{
    public static LocalizedText T { get; } = new(new ResourceManager("CaseManagement.Web.Resources.WebText", typeof(WebText).Assembly));
}
