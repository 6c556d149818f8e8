namespace CaseManagement.Web.Api;

/// <summary>The signed-in person, asked of the API once per request and shared by the layout and the page.</summary>
public sealed class CurrentPerson(IdentityApi identity)
{
    private Task<Me>? me;

    public Task<Me> GetAsync(CancellationToken ct = default) => me ??= identity.MeAsync(ct);
}
