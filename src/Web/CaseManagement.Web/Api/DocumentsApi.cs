using System.Net.Http.Headers;

namespace CaseManagement.Web.Api;

/// <summary>A document or photo of a case. Its name is masked for a role that does not see identities, and only those who
/// see them may download it.</summary>
public sealed record DocumentRecord(Guid Id, string FileName, string? Description, string ContentType, long Size, string UploadedBy, DateTimeOffset UploadedAt);

/// <summary>A case's documents, through the Cases module's attachment endpoints.</summary>
public sealed class DocumentsApi(HttpClient http)
{
    public Task<List<DocumentRecord>> ListAsync(Guid caseId, CancellationToken ct) => http.GetAsync<List<DocumentRecord>>($"api/cases/{caseId}/attachments", ct);

    /// <summary>Adds a document; with no file (<paramref name="fileName"/> empty) the API answers which field is missing.</summary>
    public async Task<DocumentRecord> AddAsync(Guid caseId, Stream content, string? fileName, string? contentType, string? description, CancellationToken ct)
    {
        using var form = new MultipartFormDataContent();
        if (!string.IsNullOrWhiteSpace(fileName))
        {
            var file = new StreamContent(content);
            file.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "file", fileName);
        }

        if (!string.IsNullOrWhiteSpace(description))
        {
            form.Add(new StringContent(description.Trim()), "description");
        }

        using var response = await http.PostAsync($"api/cases/{caseId}/attachments", form, ct);
        return await ApiJson.ReadAsync<DocumentRecord>(response, ct);
    }

    /// <summary>The API's answer for one document, to be streamed on to the browser (the caller disposes it).</summary>
    public async Task<HttpResponseMessage> DownloadAsync(Guid caseId, Guid documentId, CancellationToken ct)
    {
        var response = await http.GetAsync($"api/cases/{caseId}/attachments/{documentId}", HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw await ApiProblemException.ReadAsync(response, ct);
            }
        }

        return response;
    }
}
